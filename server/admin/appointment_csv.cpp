// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "appointment_csv.hpp"

#include <charconv>
#include <optional>

#include "admin_support.hpp"
#include "domain/berlin_time.hpp"
#include "protocol/json_codec.hpp"
#include "report/csv_text.hpp"

namespace civiq::admin {

using report::parse_csv_line;

namespace {

// ISO 8601 with a zone ("…Z", "…+01:00"), or a wall-clock time in Berlin ("2026-11-23T09:30",
// also with a space instead of the T), which is what booking systems usually export.
std::optional<domain::TimePoint> parse_slot(std::string text) {
  if (text.size() > 10 && text[10] == ' ') text[10] = 'T';
  if (const auto zoned = protocol::parse_time(text)) return zoned;
  const auto as_utc = protocol::parse_time(text + "Z");
  if (!as_utc) return std::nullopt;
  const auto local = domain::LocalDateTime{std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(*as_utc)},
                                           *as_utc - std::chrono::floor<std::chrono::days>(*as_utc)};
  const auto slot = domain::from_berlin(local.date, local.time_of_day);
  // Only a time the protocol can write back (a four-digit year in UTC; found by tests/fuzz): every
  // imported slot goes out again in the appointment list and the check-in's event.
  if (!protocol::parse_time(protocol::format_time(slot))) return std::nullopt;
  return slot;
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

std::vector<domain::Appointment> read_appointment_csv(std::istream& in, const std::string& source) {
  std::string line;
  std::getline(in, line);
  if (parse_csv_line(line) != std::vector<std::string>{"code", "time", "service_ids", "name"})
    throw AdminError(source + ": the first line must be: code,time,service_ids,name");
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
  return appointments;
}

}  // namespace civiq::admin
