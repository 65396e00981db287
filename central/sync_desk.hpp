// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What central booking answers a branch that pulls its office's appointments (issue #16,
// docs/sync.md). The branch's credential names its office: a branch reads its own office only.
// No HTTP here. Thread rule: stateless; the BookingStore is the calling worker's own.
#include <string>
#include <variant>

#include "booking_store.hpp"
#include "protocol/booking_messages.hpp"
#include "refusal.hpp"

namespace civiq::central {

// The most appointments one answer carries; `more` says there are others.
inline constexpr std::size_t kSyncBatch = 500;

// `token`: the bearer token (empty: none); `after`: the query's change number ("" means 0).
[[nodiscard]] std::variant<protocol::SyncBatch, Refusal> sync_appointments(BookingStore& store, const std::string& token,
                                                                           const std::string& after);

}  // namespace civiq::central
