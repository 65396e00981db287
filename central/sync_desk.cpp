// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_desk.hpp"

#include <charconv>

#include "sync_store.hpp"

namespace civiq::central {

std::variant<protocol::SyncBatch, Refusal> sync_appointments(BookingStore& store, const std::string& token,
                                                             const std::string& after) {
  // A branch credential is 64 lower-case hex digits; anything else is not asked about.
  const bool well_formed = token.size() == 64 && token.find_first_not_of("0123456789abcdef") == std::string::npos;
  const auto office = well_formed ? store.sync().office_of(token) : std::nullopt;
  if (!office)
    return refused(protocol::ErrorCode::Unauthorized,
                   "a branch's credential is needed (Authorization: Bearer TOKEN, from civiq-central branches add)");
  std::int64_t cursor = 0;
  if (!after.empty()) {
    const auto [end, error] = std::from_chars(after.data(), after.data() + after.size(), cursor);
    if (error != std::errc{} || end != after.data() + after.size() || cursor < 0)
      return invalid("after: the cursor of the last answer, a number from 0");
  }
  auto changes = store.sync().changes(*office, cursor, kSyncBatch + 1);
  protocol::SyncBatch batch{*office, cursor, {}, changes.size() > kSyncBatch};
  if (batch.more) changes.resize(kSyncBatch);
  for (const auto& change : changes) {
    batch.appointments.push_back({change.seq, change.code, domain::from_berlin(change.day, change.start),
                                  change.services, change.name, change.cancelled});
    batch.cursor = change.seq;
  }
  return batch;
}

}  // namespace civiq::central
