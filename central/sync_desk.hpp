// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What central booking answers a branch that pulls its office's appointments (issue #16,
// docs/sync.md). The branch's credential names its office: a branch reads its own office only.
// No HTTP here. Thread rule: stateless; the BookingStore is the calling worker's own.
#include <chrono>
#include <cstdint>
#include <string>
#include <variant>

#include "booking_store.hpp"
#include "protocol/booking_messages.hpp"
#include "refusal.hpp"
#include "sync_store.hpp"

namespace civiq::central {

// The most appointments one answer carries; `more` says there are others.
inline constexpr std::size_t kSyncBatch = 500;
// The longest a pull may wait for a change (wait_s): below the usual 60 s idle timeouts of proxies.
inline constexpr std::chrono::seconds kMaxSyncWait{60};

// A branch's pull, read from the request: its office (from its credential), the change number it
// has seen, and how long it waits for a change when there is none.
struct SyncPull {
  std::string office;
  std::int64_t after = 0;
  std::chrono::seconds wait{0};
  SyncWindow window;
};

// A pull's query as it came; "" for a parameter not given.
struct SyncPullQuery {
  std::string after;   // the change number ("" means 0)
  std::string wait_s;  // ("" means 0)
  std::string from;    // the window (sync_store.hpp): "" or a day like 2026-12-08
  std::string until;
};

// `token`: the bearer token (empty: none).
[[nodiscard]] std::variant<SyncPull, Refusal> sync_pull(BookingStore& store, const std::string& token,
                                                        const SyncPullQuery& query);
// The office's appointments changed after the pull's number, at most kSyncBatch.
[[nodiscard]] protocol::SyncBatch sync_batch(BookingStore& store, const SyncPull& pull);

// The most facts one batch may carry (the branch sends 200).
inline constexpr std::size_t kMaxFactBatch = 500;
// Stores the facts a branch sent (docs/sync.md, the way back), each once.
[[nodiscard]] std::variant<protocol::BranchFactReceipt, Refusal> receive_facts(BookingStore& store,
                                                                               const std::string& token,
                                                                               const protocol::BranchFactBatch& batch);

}  // namespace civiq::central
