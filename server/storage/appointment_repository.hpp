// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// AppointmentRepository: booked appointments per office (table appointments). Invariants: an
// appointment code is unique across offices; office_day is always the Berlin date of the slot (computed
// here, never passed in); the citizen's name is the only personal data and is set to NULL once its
// retention ends (an empty name and a forgotten one read back the same: ""). Services are stored as a
// JSON array of ids, in booking order, and read back with SQLite's json_each.
// Thread rule: that of its Database (one thread at a time); must not outlive it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "database.hpp"
#include "domain/appointment.hpp"
#include "statement.hpp"

namespace civiq::storage {

class AppointmentRepository {
 public:
  explicit AppointmentRepository(Database& db);

  // Inserts the appointment or overwrites the one with the same code (a re-import wins).
  void upsert(std::string_view office_id, const domain::Appointment& appointment, std::int64_t imported_at_unix);
  // One office day's appointments by slot time, then code; cancelled ones included.
  [[nodiscard]] std::vector<domain::Appointment> list_day(std::string_view office_id, std::string_view office_day);
  [[nodiscard]] std::optional<domain::Appointment> find(std::string_view code);
  // The same, but only if the appointment belongs to `office_id` (a kiosk must not check in another
  // office's appointment).
  [[nodiscard]] std::optional<domain::Appointment> find_at_office(std::string_view office_id, std::string_view code);
  // Clears the citizen's name of every appointment whose slot starts before `cutoff_unix`; returns how
  // many names were cleared.
  std::size_t forget_personal_data_before(std::int64_t cutoff_unix);

 private:
  std::optional<domain::Appointment> find_one(std::optional<std::string_view> office_id, std::string_view code);

  Statement upsert_;
  Statement list_day_;
  Statement find_;
  Statement forget_;
};

}  // namespace civiq::storage
