// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "appointment_repository.hpp"

#include <chrono>
#include <string>
#include <utility>

#include "domain/berlin_time.hpp"

namespace civiq::storage {
namespace {

// One row per (appointment, service), services in stored order; an appointment without services has
// a single row with a NULL service. Column order read by read_grouped().
constexpr std::string_view kSelectAppointments =
    "SELECT a.code, a.slot_at, a.citizen_name, a.cancelled, s.value "
    "FROM appointments AS a LEFT JOIN json_each(a.services) AS s ";

std::string select_appointments(std::string_view rest) {
  return std::string{kSelectAppointments} + std::string{rest};
}

// Service ids are integers, so the array needs no escaping and no JSON library; SQL's json() still
// validates it and the table's CHECK requires an array.
std::string services_json(const std::vector<domain::ServiceId>& services) {
  std::string json = "[";
  for (const domain::ServiceId& service : services) {
    if (json.size() > 1) json += ',';
    json += std::to_string(service.value);
  }
  return json + "]";
}

std::vector<domain::Appointment> read_grouped(Statement& rows) {
  std::vector<domain::Appointment> appointments;
  while (rows.step()) {
    std::string code = rows.text(0);
    if (appointments.empty() || appointments.back().code != code) {
      appointments.push_back(domain::Appointment{
          .code = std::move(code),
          .services = {},
          .time = domain::TimePoint{std::chrono::seconds{rows.int64(1)}},
          .citizen_name = rows.optional_text(2).value_or(std::string{}),
          .cancelled = rows.int64(3) != 0,
      });
    }
    if (!rows.is_null(4)) appointments.back().services.push_back(domain::ServiceId{rows.int32(4)});
  }
  return appointments;
}

}  // namespace

AppointmentRepository::AppointmentRepository(Database& db)
    : upsert_(db,
              "INSERT INTO appointments "
              "(code, office_id, office_day, slot_at, services, citizen_name, cancelled, imported_at) "
              "VALUES (:code, :office_id, :office_day, :slot_at, json(:services), nullif(:citizen_name, ''), "
              ":cancelled, :imported_at) "
              "ON CONFLICT (code) DO UPDATE SET office_id = excluded.office_id, office_day = excluded.office_day, "
              "slot_at = excluded.slot_at, services = excluded.services, citizen_name = excluded.citizen_name, "
              "cancelled = excluded.cancelled, imported_at = excluded.imported_at"),
      list_day_(db, select_appointments("WHERE a.office_id = :office_id AND a.office_day = :office_day "
                                        "ORDER BY a.slot_at, a.code, s.key")),
      find_(db, select_appointments("WHERE a.code = :code AND (:office_id IS NULL OR a.office_id = :office_id) "
                                    "ORDER BY s.key")),
      forget_(db,
              "UPDATE appointments SET citizen_name = NULL "
              "WHERE slot_at < :cutoff AND citizen_name IS NOT NULL") {}

void AppointmentRepository::upsert(std::string_view office_id, const domain::Appointment& appointment,
                                   std::int64_t imported_at_unix) {
  const std::string office_day = domain::iso_date(domain::berlin_date(appointment.time));
  const Execution execution{upsert_};
  upsert_.bind(":code", appointment.code)
      .bind(":office_id", office_id)
      .bind(":office_day", office_day)
      .bind(":slot_at", static_cast<std::int64_t>(appointment.time.time_since_epoch().count()))
      .bind(":services", services_json(appointment.services))
      .bind(":citizen_name", appointment.citizen_name)
      .bind(":cancelled", appointment.cancelled ? 1 : 0)
      .bind(":imported_at", imported_at_unix);
  upsert_.run();
}

std::vector<domain::Appointment> AppointmentRepository::list_day(std::string_view office_id,
                                                                 std::string_view office_day) {
  const Execution execution{list_day_};
  list_day_.bind(":office_id", office_id).bind(":office_day", office_day);
  return read_grouped(list_day_);
}

std::optional<domain::Appointment> AppointmentRepository::find(std::string_view code) {
  return find_one(std::nullopt, code);
}

std::optional<domain::Appointment> AppointmentRepository::find_at_office(std::string_view office_id,
                                                                         std::string_view code) {
  return find_one(office_id, code);
}

std::optional<domain::Appointment> AppointmentRepository::find_one(std::optional<std::string_view> office_id,
                                                                   std::string_view code) {
  const Execution execution{find_};
  find_.bind(":code", code).bind(":office_id", office_id);
  std::vector<domain::Appointment> found = read_grouped(find_);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::size_t AppointmentRepository::forget_personal_data_before(std::int64_t cutoff_unix) {
  const Execution execution{forget_};
  forget_.bind(":cutoff", cutoff_unix);
  forget_.run();
  return static_cast<std::size_t>(forget_.changes());
}

}  // namespace civiq::storage
