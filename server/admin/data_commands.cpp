// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-admin commands for the branch's data: backup, appointment import, event export, retention.
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "admin_support.hpp"
#include "appointment_csv.hpp"
#include "storage/instance.hpp"
#include "storage/migrations.hpp"
#include "domain/berlin_time.hpp"
#include "protocol/json_codec.hpp"
#include "report/csv_text.hpp"
#include "storage/appointment_repository.hpp"
#include "storage/retention.hpp"
#include "storage/ticket_event_store.hpp"
#include "storage/transaction.hpp"

namespace civiq::admin {

using report::csv_field;

namespace {

constexpr int kFirstVersionWithInstanceId = 2;  // migration 0002_event_contract

}  // namespace

int backup(const std::string& db_path, const std::string& destination) {
  // No migration: a backup taken before an upgrade must be the old schema, untouched.
  if (!std::filesystem::exists(db_path)) throw AdminError(db_path + ": no such database");
  auto db = storage::Database::open(db_path);
  db.online_backup(destination);
  // A copy that may be restored one day is a new instance of the branch: with an id of its own,
  // its events (whose seq restarts from the backup's) are never mistaken for the original's.
  auto copy = storage::Database::open(destination);
  if (storage::schema_version(copy) >= kFirstVersionWithInstanceId)
    std::cerr << "backup instance " << storage::renew_instance_id(copy) << '\n';
  std::cerr << "backup written to " << destination << '\n';
  return 0;
}

int import_appointments(const std::string& db_path, const std::string& office_id, const std::string& csv_path) {
  std::ifstream in(csv_path);
  if (!in) throw AdminError(csv_path + ": cannot be read");
  const auto appointments = read_appointment_csv(in, csv_path);
  // All or nothing: a file with an error imports nothing.
  auto db = open_database(db_path);
  storage::AppointmentRepository repository(db);
  storage::Transaction transaction(db);
  for (const auto& appointment : appointments) repository.upsert(office_id, appointment, unix_now());
  transaction.commit();
  std::cerr << "imported " << appointments.size() << " appointments for office " << office_id << '\n';
  return 0;
}

// An export goes to spreadsheets and statistics tools: it carries what happened, never a capability.
// The live-ticket token of a ticket_issued event can cancel or postpone that ticket, so it stays in
// the database.
std::string without_capabilities(const std::string& payload) {
  boost::system::error_code ec;
  auto parsed = boost::json::parse(payload, ec);
  if (ec || !parsed.is_object() || !parsed.as_object().contains("token")) return payload;
  parsed.as_object().erase("token");
  return boost::json::serialize(parsed);
}

int export_events(const std::string& db_path, const std::string& csv_path) {
  std::ofstream file;
  if (csv_path != "-") {
    file.open(csv_path);
    if (!file) throw AdminError(csv_path + ": cannot be written");
  }
  std::ostream& out = csv_path == "-" ? std::cout : file;
  out << "seq,office_id,office_day,ticket_id,type,actor,occurred_at,payload\n";
  auto db = open_database(db_path);
  std::size_t count = 0;
  storage::TicketEventStore(db).export_all([&](const storage::StoredEvent& e) {
    out << e.seq << ',' << csv_field(e.office_id) << ',' << e.office_day << ','
        << (e.ticket_id ? std::to_string(*e.ticket_id) : "") << ',' << e.type << ',' << csv_field(e.actor) << ','
        << protocol::format_time(domain::TimePoint{std::chrono::seconds{e.occurred_at}}) << ','
        << csv_field(without_capabilities(e.payload)) << '\n';
    ++count;
  });
  std::cerr << "exported " << count << " events\n";
  return 0;
}

int forget_personal_data(const std::string& db_path, int retention_days) {
  auto db = open_database(db_path);
  const auto cutoff = unix_now() - std::int64_t{retention_days} * 86400;
  const auto forgotten = storage::forget_personal_data_before(db, cutoff);
  std::cerr << "forgot the names of " << forgotten.appointment_names << " appointments and the transfer notes of "
            << forgotten.event_personal_data << " events older than " << retention_days << " days\n";
  return 0;
}

}  // namespace civiq::admin
