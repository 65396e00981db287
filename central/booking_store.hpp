// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The county's bookings in PostgreSQL (table bookings, migrations in central/migrations). No SQL
// leaves this file pair. A hold is decided and written in one transaction under a lock of its
// office and day, so however many citizens reach for the last desk at once, one gets it.
// Thread rule: a BookingStore uses one connection: one thread at a time (each DbWorkers thread
// has its own).
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "booking/slots.hpp"
#include "domain/berlin_time.hpp"
#include "domain/ids.hpp"

namespace civiq::central {

using BookedDays = std::map<domain::LocalDate, std::vector<booking::BookedSpan>>;

struct NewHold {
  std::string office_id;
  domain::LocalDate day;
  std::chrono::seconds start;
  std::chrono::seconds length;
  std::vector<domain::ServiceId> services;
  domain::TimePoint held_until;
};

class BookingStore {
 public:
  // Connects (libpq URI, e.g. "postgresql:///civiq?host=/run/postgresql") and prepares statements.
  explicit BookingStore(const std::string& database_uri);
  ~BookingStore();
  BookingStore(const BookingStore&) = delete;
  BookingStore& operator=(const BookingStore&) = delete;

  // Applies the migrations this build has and the database lacks, each in its own transaction,
  // under an advisory lock (two servers starting at once migrate once). Refuses a database of a
  // newer civiq-central.
  void migrate();

  // The appointments that take desks from `first` to `last` at an office: booked, or held and
  // not expired at `now`.
  [[nodiscard]] BookedDays taken(const std::string& office_id, domain::LocalDate first, domain::LocalDate last,
                                 domain::TimePoint now);

  // Locks the office's day, reads what is taken there, and inserts the hold when `still_free(taken)`
  // says yes; returns its id, or nothing (and writes nothing) when it says no.
  [[nodiscard]] std::optional<std::string> hold_if(
      const NewHold& hold, domain::TimePoint now,
      const std::function<bool(const std::vector<booking::BookedSpan>&)>& still_free);

 private:
  struct Connection;  // the libpqxx connection: no PostgreSQL header outside booking_store.cpp
  std::unique_ptr<Connection> connection_;
};

}  // namespace civiq::central
