// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "desk_change_store.hpp"

#include <pqxx/pqxx>

#include <stdexcept>

#include "domain/local_time_text.hpp"

namespace civiq::central {
namespace {

constexpr const char* kColumns =
    "id, office_id, day::text, from_s, to_s, desks, reason, changed_by, extract(epoch FROM changed_at)::bigint";

// A change from its columns (kColumns).
StoredDeskChange read_change(const pqxx::row& row) {
  const auto day = domain::parse_local_date(row[2].c_str());
  if (!day) throw std::runtime_error("desk_changes: unreadable day " + std::string(row[2].c_str()));
  return {row[0].as<std::int64_t>(),
          row[1].as<std::string>(),
          *day,
          std::chrono::seconds{row[3].as<int>()},
          std::chrono::seconds{row[4].as<int>()},
          row[5].as<int>(),
          row[6].as<std::string>(),
          row[7].as<std::string>(),
          domain::TimePoint{std::chrono::seconds{row[8].as<std::int64_t>()}}};
}

}  // namespace

DeskChangeStore::DeskChangeStore(pqxx::connection_base& connection) : pq_(connection) {
  const std::string columns = kColumns;
  pq_.prepare("desks_add",
              "INSERT INTO desk_changes (office_id, day, from_s, to_s, desks, reason, changed_by, changed_at) "
              "VALUES ($1, $2::date, $3, $4, $5, $6, $7, to_timestamp($8)) RETURNING " +
                  columns);
  pq_.prepare("desks_of_office",
              "SELECT " + columns + " FROM desk_changes WHERE office_id = $1 AND day >= $2::date ORDER BY day, id");
  pq_.prepare("desks_find", "SELECT " + columns + " FROM desk_changes WHERE id = $1");
  pq_.prepare("desks_remove", "DELETE FROM desk_changes WHERE id = $1 RETURNING id");
}

StoredDeskChange DeskChangeStore::add(StoredDeskChange change, domain::TimePoint now) {
  pqxx::work write{pq_};
  const auto row = write.exec_prepared1("desks_add", change.office_id, domain::iso_date(change.day),
                                        static_cast<int>(change.from.count()), static_cast<int>(change.to.count()),
                                        change.desks, change.reason, change.changed_by, now.time_since_epoch().count());
  write.commit();
  return read_change(row);
}

std::vector<StoredDeskChange> DeskChangeStore::changes(const std::string& office_id, domain::LocalDate from) {
  pqxx::read_transaction read{pq_};
  std::vector<StoredDeskChange> found;
  for (const auto& row : read.exec_prepared("desks_of_office", office_id, domain::iso_date(from)))
    found.push_back(read_change(row));
  return found;
}

std::optional<StoredDeskChange> DeskChangeStore::find(std::int64_t id) {
  pqxx::read_transaction read{pq_};
  const auto rows = read.exec_prepared("desks_find", id);
  if (rows.empty()) return std::nullopt;
  return read_change(rows[0]);
}

bool DeskChangeStore::remove(std::int64_t id) {
  pqxx::work write{pq_};
  const bool removed = !write.exec_prepared("desks_remove", id).empty();
  write.commit();
  return removed;
}

}  // namespace civiq::central
