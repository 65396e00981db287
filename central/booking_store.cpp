// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_store.hpp"

#include <pqxx/pqxx>

#include <array>
#include <stdexcept>
#include <string_view>

#include "local_time_text.hpp"
#include "migration_0001.hpp"

namespace civiq::central {
namespace {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// In order; a migration that has shipped is never edited.
constexpr std::array kMigrations{Migration{1, "bookings", kMigration0001}};

// Any fixed number: every civiq-central migrating this database waits for the same lock.
constexpr std::int64_t kMigrationLock = 0x63697669710001;

std::int64_t unix_seconds(domain::TimePoint t) { return t.time_since_epoch().count(); }

// What takes a desk: a booking, or a hold that has not expired at the time in parameter $now_parameter.
std::string taken_condition(int now_parameter) {
  return "(status = 'confirmed' OR (status = 'held' AND held_until > to_timestamp($" + std::to_string(now_parameter) +
         ")))";
}

std::string array_literal(const std::vector<domain::ServiceId>& ids) {
  std::string text = "{";
  for (const auto& id : ids) text += (text.size() > 1 ? "," : "") + std::to_string(id.value);
  return text + "}";
}

}  // namespace

struct BookingStore::Connection {
  explicit Connection(const std::string& uri) : pq(uri) {}
  pqxx::connection pq;
};

BookingStore::BookingStore(const std::string& database_uri) : connection_(std::make_unique<Connection>(database_uri)) {}

BookingStore::~BookingStore() = default;

void BookingStore::migrate() {
  pqxx::work setup{connection_->pq};
  setup.exec0(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
      "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
  setup.commit();
  for (const auto& migration : kMigrations) {
    pqxx::work step{connection_->pq};
    step.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
    const auto newest = step.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
    if (newest > static_cast<int>(kMigrations.size()))
      throw std::runtime_error("the database was migrated by a newer civiq-central (version " +
                               std::to_string(newest) + ")");
    if (newest >= migration.version) continue;
    step.exec0(std::string(migration.sql));
    step.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", migration.version,
                     std::string(migration.name));
    step.commit();
  }
  connection_->pq.prepare("taken", std::string("SELECT day::text, start_s, length_s FROM bookings "
                                            "WHERE office_id = $1 AND day BETWEEN $2::date AND $3::date AND ") +
                                    taken_condition(4));
  connection_->pq.prepare("lock_day", "SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))");
  connection_->pq.prepare("taken_on_day", std::string("SELECT start_s, length_s FROM bookings "
                                                   "WHERE office_id = $1 AND day = $2::date AND ") +
                                           taken_condition(3));
  connection_->pq.prepare("insert_hold",
                       "INSERT INTO bookings (office_id, day, start_s, length_s, service_ids, status, held_until) "
                       "VALUES ($1, $2::date, $3, $4, $5::integer[], 'held', to_timestamp($6)) RETURNING id::text");
}

BookedDays BookingStore::taken(const std::string& office_id, domain::LocalDate first, domain::LocalDate last,
                               domain::TimePoint now) {
  pqxx::read_transaction read{connection_->pq};
  BookedDays days;
  for (const auto& row : read.exec_prepared("taken", office_id, domain::iso_date(first), domain::iso_date(last),
                                            unix_seconds(now))) {
    const auto day = parse_local_date(row[0].c_str());
    if (!day) throw std::runtime_error("bookings: unreadable day " + std::string(row[0].c_str()));
    days[*day].push_back({std::chrono::seconds{row[1].as<int>()}, std::chrono::seconds{row[2].as<int>()}});
  }
  return days;
}

std::optional<std::string> BookingStore::hold_if(
    const NewHold& hold, domain::TimePoint now,
    const std::function<bool(const std::vector<booking::BookedSpan>&)>& still_free) {
  const std::string day = domain::iso_date(hold.day);
  pqxx::work write{connection_->pq};
  write.exec_prepared("lock_day", hold.office_id, day);
  std::vector<booking::BookedSpan> taken_that_day;
  for (const auto& row : write.exec_prepared("taken_on_day", hold.office_id, day, unix_seconds(now)))
    taken_that_day.push_back({std::chrono::seconds{row[0].as<int>()}, std::chrono::seconds{row[1].as<int>()}});
  if (!still_free(taken_that_day)) return std::nullopt;  // the transaction rolls back: nothing written
  const auto id = write.exec_prepared1("insert_hold", hold.office_id, day, static_cast<int>(hold.start.count()),
                                       static_cast<int>(hold.length.count()), array_literal(hold.services),
                                       unix_seconds(hold.held_until))[0]
                      .as<std::string>();
  write.commit();
  return id;
}

}  // namespace civiq::central
