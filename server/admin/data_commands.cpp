// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-admin commands for the branch's data: backup, appointment import, event export, retention.
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "admin_support.hpp"
#include "storage/instance.hpp"
#include "storage/migrations.hpp"
#include "csv.hpp"
#include "domain/berlin_time.hpp"
#include "protocol/json_codec.hpp"
#include "storage/appointment_repository.hpp"
#include "storage/ticket_event_store.hpp"
#include "storage/transaction.hpp"

namespace civiq::admin {
namespace {

constexpr int kFirstVersionWithInstanceId = 2;  // migration 0002_event_contract

// ISO 8601 with a zone ("…Z", "…+01:00"), or a wall-clock time in Berlin ("2026-11-23T09:30",
// also with a space instead of the T), which is what booking systems usually export.
std::optional<domain::TimePoint> parse_slot(std::string text) {
  if (text.size() > 10 && text[10] == ' ') text[10] = 'T';
  if (const auto zoned = protocol::parse_time(text)) return zoned;
  const auto as_utc = protocol::parse_time(text + "Z");
  if (!as_utc) return std::nullopt;
  const auto local = domain::LocalDateTime{std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(*as_utc)},
                                           *as_utc - std::chrono::floor<std::chrono::days>(*as_utc)};
  return domain::from_berlin(local.date, local.time_of_day);
}

std::vector<domain::ServiceId> parse_services(const std::string& text, std::size_t line) {
  std::vector<domain::ServiceId> services;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find_first_of("; ", start);
    if (end == std::string::npos) end = text.size();
    std::int32_t id = 0;
    const auto [ptr, ec] = std::from_chars(text.data() + start, text.data() + end, id);
    if (ec != std::errc{} || ptr != text.data() + end)
      throw AdminError("line " + std::to_string(line) + ": service_ids must be numbers separated by ';'");
    services.push_back(domain::ServiceId{id});
    start = end + 1;
  }
  if (services.empty()) throw AdminError("line " + std::to_string(line) + ": an appointment needs a service");
  return services;
}

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
  std::string line;
  std::getline(in, line);
  if (parse_csv_line(line) != std::vector<std::string>{"code", "time", "service_ids", "name"})
    throw AdminError(csv_path + ": the first line must be: code,time,service_ids,name");
  std::vector<domain::Appointment> appointments;
  for (std::size_t number = 2; std::getline(in, line); ++number) {
    if (line.empty() || line == "\r") continue;
    const auto fields = parse_csv_line(line);
    if (fields.size() != 4) throw AdminError("line " + std::to_string(number) + ": expected 4 fields");
    const auto slot = parse_slot(fields[1]);
    if (fields[0].empty() || !slot)
      throw AdminError("line " + std::to_string(number) + ": needs a code and a time like 2026-11-23T09:30");
    appointments.push_back({fields[0], parse_services(fields[2], number), *slot, fields[3], false});
  }
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
  const auto forgotten = storage::AppointmentRepository(db).forget_personal_data_before(cutoff);
  std::cerr << "forgot the names of " << forgotten << " appointments older than " << retention_days << " days\n";
  return 0;
}

}  // namespace civiq::admin
