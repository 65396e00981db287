// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The staff's changes of how many desks take appointments for a while on one day, in PostgreSQL
// (desk_changes, migration 0017): made, listed and undone here; the search reads them beside the
// day's bookings (BookingStore::office_days and the day's check under its lock). It works on the
// connection of the BookingStore that owns it (BookingStore::desk_changes()).
// Thread rule: as its BookingStore: one thread at a time.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/berlin_time.hpp"

namespace pqxx {
class connection_base;
}

namespace civiq::central {

struct StoredDeskChange {
  std::int64_t id = 0;
  std::string office_id;
  domain::LocalDate day;
  std::chrono::seconds from;  // since local midnight
  std::chrono::seconds to;
  int desks = 0;
  std::string reason;
  std::string changed_by;
  domain::TimePoint changed_at;
};

class DeskChangeStore {
 public:
  // Declares its statements (libpqxx prepares them at first use, after the migrations).
  explicit DeskChangeStore(pqxx::connection_base& connection);

  // Records `change` (its id and time are given here) and returns it as stored.
  [[nodiscard]] StoredDeskChange add(StoredDeskChange change, domain::TimePoint now);
  // The office's changes of `from` or later, by day, then in the order they were made.
  [[nodiscard]] std::vector<StoredDeskChange> changes(const std::string& office_id, domain::LocalDate from);
  [[nodiscard]] std::optional<StoredDeskChange> find(std::int64_t id);
  // Undoes the change; false when there is none (undone meanwhile).
  [[nodiscard]] bool remove(std::int64_t id);

 private:
  pqxx::connection_base& pq_;
};

}  // namespace civiq::central
