// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_desk.hpp"

#include <charconv>
#include <optional>

#include "domain/local_time_text.hpp"
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

// A branch credential is 64 lower-case hex digits; anything else is not asked about.
bool well_formed_credential(const std::string& token) {
  return token.size() == 64 && token.find_first_not_of("0123456789abcdef") == std::string::npos;
}

Refusal unauthorized() {
  return refused(protocol::ErrorCode::Unauthorized,
                 "a branch's credential is needed (Authorization: Bearer TOKEN, from civiq-central branches add)");
}

// Why `fact` cannot be stored, or "" when it can.
std::string fact_problem(const protocol::BranchFact& fact) {
  const auto lower_hex = [](const std::string& text) {
    return text.find_first_not_of("0123456789abcdef") == std::string::npos;
  };
  if (fact.instance.size() != 32 || !lower_hex(fact.instance)) return "instance: 32 lower-case hex digits";
  if (fact.seq < 1) return "seq: a number from 1";
  if (fact.type.empty() || fact.type.size() > 40 || fact.type.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
    return "type: an event type like ticket_called";
  if (!domain::parse_local_date(fact.office_day)) return "office_day: a date like 2026-12-08";
  for (const auto id : fact.service_ids)
    if (id.value < 1) return "service_ids: positive numbers";
  return {};
}

}  // namespace

std::variant<SyncPull, Refusal> sync_pull(BookingStore& store, const std::string& token, const SyncPullQuery& query) {
  // The query first: only a well-formed pull is recorded as the branch's (branch_state.hpp).
  const auto cursor = count_in(query.after);
  if (!cursor) return invalid("after: the cursor of the last answer, a number from 0");
  const auto seconds = count_in(query.wait_s);
  if (!seconds || *seconds > kMaxSyncWait.count())
    return invalid("wait_s: how long to wait for a change, 0 to " + std::to_string(kMaxSyncWait.count()) + " seconds");
  SyncWindow window{domain::parse_local_date(query.from), domain::parse_local_date(query.until)};
  if (!query.until.empty() && !window.until) return invalid("until: the window's last day, like 2026-12-08");
  if (!query.from.empty() && (!window.from || !window.until || *window.from > *window.until))
    return invalid("from: the first of the window's new days, like 2026-12-08, with until and not after it");
  const auto office = well_formed_credential(token) ? store.sync().record_pull(token, *cursor) : std::nullopt;
  if (!office) return unauthorized();
  return SyncPull{*office, *cursor, std::chrono::seconds{*seconds}, window};
}

protocol::SyncBatch sync_batch(BookingStore& store, const SyncPull& pull) {
  auto changes = store.sync().changes(pull.office, pull.after, pull.window, kSyncBatch + 1);
  protocol::SyncBatch batch{pull.office, pull.after, {}, changes.size() > kSyncBatch};
  if (batch.more) changes.resize(kSyncBatch);
  for (const auto& change : changes) {
    batch.appointments.push_back({change.seq, change.code, domain::from_berlin(change.day, change.start),
                                  change.services, change.name, change.cancelled,
                                  change.outside_window ? std::optional(true) : std::nullopt});
    batch.cursor = change.seq;
  }
  return batch;
}

std::variant<protocol::BranchFactReceipt, Refusal> receive_facts(BookingStore& store, const std::string& token,
                                                                 const protocol::BranchFactBatch& batch) {
  if (!well_formed_credential(token)) return unauthorized();
  if (batch.facts.size() > kMaxFactBatch)
    return invalid("facts: at most " + std::to_string(kMaxFactBatch) + " in one batch");
  if (batch.pending < 0) return invalid("pending: a number from 0");
  for (std::size_t i = 0; i < batch.facts.size(); ++i)
    if (const auto problem = fact_problem(batch.facts[i]); !problem.empty())
      return invalid("facts[" + std::to_string(i) + "]." + problem);
  const auto stored = store.sync().store_facts(token, batch.facts, batch.pending);
  if (!stored) return unauthorized();
  return protocol::BranchFactReceipt{stored->office, static_cast<std::int64_t>(batch.facts.size()), stored->stored};
}

}  // namespace civiq::central
