// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_store.hpp"

#include <pqxx/pqxx>

#include <charconv>
#include <stdexcept>

#include "domain/local_time_text.hpp"

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
  pq_.prepare(
      "sync_store_fact",
      "INSERT INTO branch_facts (office_id, instance, seq, type, occurred_at, office_day, ticket_id, counter_id, "
      "service_ids, appointment_code, served_s, outcome, priority) "
      "VALUES ($1, $2, $3, $4, to_timestamp($5), $6::date, $7, $8, $9::integer[], $10, $11, $12, $13) "
      "ON CONFLICT DO NOTHING");
  pq_.prepare("sync_mark_checked_in",
              "UPDATE bookings SET attended = 'checked_in', checked_in_at = to_timestamp($3) "
              "WHERE office_id = $1 AND code = $2 AND attended IS DISTINCT FROM 'checked_in'");
  pq_.prepare("sync_settle_no_shows",
              "UPDATE bookings b SET attended = 'no_show' FROM branch_credentials c "
              "WHERE b.office_id = c.office_id AND b.attended IS NULL AND b.status = 'confirmed' "
              "AND b.day < (now() AT TIME ZONE 'Europe/Berlin')::date "  // only past days: bookings_unsettled's range
              "AND c.pending_facts = 0 AND c.last_upload_at >= ((b.day + 1)::timestamp AT TIME ZONE 'Europe/Berlin') "
              "AND EXISTS (SELECT 1 FROM branch_facts f WHERE f.office_id = b.office_id AND f.office_day = b.day)");
  pq_.prepare("sync_alert_silent",
              "UPDATE branch_credentials SET silence_alerted_at = now() "
              "WHERE silence_alerted_at IS NULL AND last_pull_at < now() - make_interval(secs => $1) "
              "RETURNING office_id, extract(epoch FROM last_pull_at)::bigint");
  pq_.prepare("sync_alert_back",
              "UPDATE branch_credentials SET silence_alerted_at = NULL "
              "WHERE silence_alerted_at IS NOT NULL AND last_pull_at > silence_alerted_at "
              "RETURNING office_id, extract(epoch FROM last_pull_at)::bigint");
  pq_.prepare("sync_queue_alert", "INSERT INTO mail_outbox (recipient, subject, body) VALUES ($1, $2, $3)");
  // $4: the window's last day ('infinity': none); $5: its first, when only those days are asked.
  pq_.prepare("sync_changes",
              "SELECT change_seq, code, day::text, start_s, array_to_string(service_ids, ','), "
              "CASE WHEN day > $4::date THEN NULL ELSE citizen_name END, status = 'cancelled', day > $4::date "
              "FROM bookings WHERE office_id = $1 AND change_seq > $2 AND code IS NOT NULL "
              "AND ($5::date IS NULL OR day BETWEEN $5::date AND $4::date) ORDER BY change_seq LIMIT $3");
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
    if (f.type == "ticket_issued" && f.appointment_code)
      write.exec_prepared("sync_mark_checked_in", stored.office, *f.appointment_code, unix_seconds);
  }
  write.commit();
  return stored;
}

std::size_t SyncStore::settle_no_shows() {
  pqxx::work write{pq_};
  const auto settled = write.exec_prepared("sync_settle_no_shows").affected_rows();
  write.commit();
  return settled;
}

std::vector<BranchAlert> SyncStore::take_alerts(std::chrono::seconds after,
                                                const std::function<std::vector<AlertMail>(const BranchAlert&)>& mails) {
  pqxx::work write{pq_};
  std::vector<BranchAlert> alerts;
  const auto take = [&alerts](const pqxx::result& rows, bool silent) {
    for (const auto& row : rows)
      alerts.push_back({row[0].as<std::string>(), silent,
                        domain::TimePoint{std::chrono::seconds{row[1].as<std::int64_t>()}}});
  };
  take(write.exec_prepared("sync_alert_silent", static_cast<double>(after.count())), true);
  take(write.exec_prepared("sync_alert_back"), false);
  for (const auto& alert : alerts)
    for (const auto& mail : mails(alert)) write.exec_prepared("sync_queue_alert", mail.recipient, mail.subject, mail.body);
  write.commit();
  return alerts;
}

std::vector<BookingChange> SyncStore::changes(const std::string& office_id, std::int64_t after,
                                              const SyncWindow& window, std::size_t limit) {
  pqxx::read_transaction read{pq_};
  std::vector<BookingChange> out;
  const std::string until = window.until ? domain::iso_date(*window.until) : "infinity";
  const std::optional<std::string> from = window.from ? std::optional(domain::iso_date(*window.from)) : std::nullopt;
  for (const auto& row :
       read.exec_prepared("sync_changes", office_id, after, static_cast<std::int64_t>(limit), until, from)) {
    const auto day = domain::parse_local_date(row[2].c_str());
    if (!day) throw std::runtime_error("bookings: unreadable day " + std::string(row[2].c_str()));
    out.push_back({row[0].as<std::int64_t>(), row[1].as<std::string>(), *day, std::chrono::seconds{row[3].as<int>()},
                   service_ids(row[4].c_str()),
                   row[5].is_null() ? std::nullopt : std::optional(row[5].as<std::string>()), row[6].as<bool>(),
                   row[7].as<bool>()});
  }
  return out;
}

}  // namespace civiq::central
