// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_desk.hpp"

#include <charconv>
#include <optional>

#include "sync_store.hpp"

namespace civiq::central {
namespace {

// A whole number from 0 in `text` ("" is 0); none when it is anything else.
std::optional<std::int64_t> count_in(const std::string& text) {
  std::int64_t number = 0;
  if (text.empty()) return number;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc{} || end != text.data() + text.size() || number < 0) return std::nullopt;
  return number;
}

}  // namespace

std::variant<SyncPull, Refusal> sync_pull(BookingStore& store, const std::string& token, const std::string& after,
                                          const std::string& wait) {
  // The query first: only a well-formed pull is recorded as the branch's (branch_state.hpp).
  const auto cursor = count_in(after);
  if (!cursor) return invalid("after: the cursor of the last answer, a number from 0");
  const auto seconds = count_in(wait);
  if (!seconds || *seconds > kMaxSyncWait.count())
    return invalid("wait_s: how long to wait for a change, 0 to " + std::to_string(kMaxSyncWait.count()) + " seconds");
  // A branch credential is 64 lower-case hex digits; anything else is not asked about.
  const bool well_formed = token.size() == 64 && token.find_first_not_of("0123456789abcdef") == std::string::npos;
  const auto office = well_formed ? store.sync().record_pull(token, *cursor) : std::nullopt;
  if (!office)
    return refused(protocol::ErrorCode::Unauthorized,
                   "a branch's credential is needed (Authorization: Bearer TOKEN, from civiq-central branches add)");
  return SyncPull{*office, *cursor, std::chrono::seconds{*seconds}};
}

protocol::SyncBatch sync_batch(BookingStore& store, const SyncPull& pull) {
  auto changes = store.sync().changes(pull.office, pull.after, kSyncBatch + 1);
  protocol::SyncBatch batch{pull.office, pull.after, {}, changes.size() > kSyncBatch};
  if (batch.more) changes.resize(kSyncBatch);
  for (const auto& change : changes) {
    batch.appointments.push_back({change.seq, change.code, domain::from_berlin(change.day, change.start),
                                  change.services, change.name, change.cancelled});
    batch.cursor = change.seq;
  }
  return batch;
}

}  // namespace civiq::central
