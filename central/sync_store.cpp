// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_store.hpp"

#include <pqxx/pqxx>

#include <charconv>
#include <stdexcept>

#include "local_time_text.hpp"

namespace civiq::central {
namespace {

// "1,5" (array_to_string of service_ids) as service ids.
std::vector<domain::ServiceId> service_ids(std::string_view list) {
  std::vector<domain::ServiceId> ids;
  while (!list.empty()) {
    std::int32_t id = 0;
    const auto [end, error] = std::from_chars(list.data(), list.data() + list.size(), id);
    if (error != std::errc{}) throw std::runtime_error("bookings: unreadable service ids");
    ids.push_back(domain::ServiceId{id});
    list.remove_prefix(static_cast<std::size_t>(end - list.data()));
    if (!list.empty()) list.remove_prefix(1);  // the comma
  }
  return ids;
}

}  // namespace

SyncStore::SyncStore(pqxx::connection_base& connection) : pq_(connection) {
  const std::string hash = "encode(sha256(convert_to($2, 'UTF8')), 'hex')";
  pq_.prepare("sync_set_branch", "INSERT INTO branch_credentials (office_id, token_hash) VALUES ($1, " + hash +
                                     ") ON CONFLICT (office_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, "
                                     "created_at = now()");
  pq_.prepare("sync_branches",
              "SELECT b.office_id, extract(epoch FROM b.created_at)::bigint, extract(epoch FROM b.last_pull_at)::bigint, "
              "b.applied_seq, coalesce(c.last_seq, 0), extract(epoch FROM b.last_upload_at)::bigint, b.pending_facts "
              "FROM branch_credentials b "
              "LEFT JOIN office_change_counters c USING (office_id) ORDER BY b.office_id");
  pq_.prepare("sync_remove_branch", "DELETE FROM branch_credentials WHERE office_id = $1 RETURNING office_id");
  pq_.prepare("sync_record_pull",
              "UPDATE branch_credentials SET last_pull_at = now(), applied_seq = $2 "
              "WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') RETURNING office_id");
  pq_.prepare("sync_record_upload",
              "UPDATE branch_credentials SET last_upload_at = now(), pending_facts = $2 "
              "WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') RETURNING office_id");
  pq_.prepare("sync_store_fact",
              "INSERT INTO branch_facts (office_id, instance, seq, type, occurred_at, office_day, ticket_id, counter_id, "
              "service_ids, appointment_code, served_s, outcome, priority) "
              "VALUES ($1, $2, $3, $4, to_timestamp($5), $6::date, $7, $8, $9::integer[], $10, $11, $12, $13) "
              "ON CONFLICT DO NOTHING");
  pq_.prepare("sync_changes",
              "SELECT change_seq, code, day::text, start_s, array_to_string(service_ids, ','), citizen_name, "
              "status = 'cancelled' FROM bookings WHERE office_id = $1 AND change_seq > $2 AND code IS NOT NULL "
              "ORDER BY change_seq LIMIT $3");
}

void SyncStore::set_branch(const std::string& office_id, const std::string& token) {
  pqxx::work write{pq_};
  write.exec_prepared("sync_set_branch", office_id, token);
  write.commit();
}

std::vector<BranchCredential> SyncStore::branches() {
  pqxx::read_transaction read{pq_};
  std::vector<BranchCredential> out;
  const auto time = [](const pqxx::field& seconds) { return domain::TimePoint{std::chrono::seconds{seconds.as<std::int64_t>()}}; };
  for (const auto& row : read.exec_prepared("sync_branches"))
    out.push_back({row[0].as<std::string>(),
                   {time(row[1]), row[2].is_null() ? std::nullopt : std::optional(time(row[2])), row[3].as<std::int64_t>()},
                   row[4].as<std::int64_t>(), row[5].is_null() ? std::nullopt : std::optional(time(row[5])),
                   row[6].as<std::int64_t>()});
  return out;
}

bool SyncStore::remove_branch(const std::string& office_id) {
  pqxx::work write{pq_};
  const bool removed = !write.exec_prepared("sync_remove_branch", office_id).empty();
  write.commit();
  return removed;
}

std::optional<std::string> SyncStore::record_pull(const std::string& token, std::int64_t after) {
  pqxx::work write{pq_};
  const auto found = write.exec_prepared("sync_record_pull", token, after);
  write.commit();
  if (found.empty()) return std::nullopt;
  return found[0][0].as<std::string>();
}

std::optional<SyncStore::StoredFacts> SyncStore::store_facts(const std::string& token,
                                                             const std::vector<protocol::BranchFact>& facts,
                                                             std::int64_t pending) {
  pqxx::work write{pq_};
  const auto branch = write.exec_prepared("sync_record_upload", token, pending);
  if (branch.empty()) return std::nullopt;
  StoredFacts stored{branch[0][0].as<std::string>(), 0};
  for (const auto& f : facts) {
    std::string services = "{";
    for (const auto id : f.service_ids) services += (services.size() > 1 ? "," : "") + std::to_string(id.value);
    services += "}";
    const auto unix_seconds = std::chrono::duration_cast<std::chrono::seconds>(f.at.time_since_epoch()).count();
    stored.stored += write.exec_prepared("sync_store_fact", stored.office, f.instance, f.seq, f.type, unix_seconds,
                                         f.office_day, f.ticket, f.counter, services, f.appointment_code, f.served_s,
                                         f.outcome, f.priority)
                         .affected_rows();
  }
  write.commit();
  return stored;
}

std::vector<BookingChange> SyncStore::changes(const std::string& office_id, std::int64_t after, std::size_t limit) {
  pqxx::read_transaction read{pq_};
  std::vector<BookingChange> out;
  for (const auto& row : read.exec_prepared("sync_changes", office_id, after, static_cast<std::int64_t>(limit))) {
    const auto day = parse_local_date(row[2].c_str());
    if (!day) throw std::runtime_error("bookings: unreadable day " + std::string(row[2].c_str()));
    out.push_back({row[0].as<std::int64_t>(), row[1].as<std::string>(), *day, std::chrono::seconds{row[3].as<int>()},
                   service_ids(row[4].c_str()),
                   row[5].is_null() ? std::nullopt : std::optional(row[5].as<std::string>()), row[6].as<bool>()});
  }
  return out;
}

}  // namespace civiq::central
