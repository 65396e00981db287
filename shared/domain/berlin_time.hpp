// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Civil time in Europe/Berlin, where every civiq office is. g++ 12 has no tz database in <chrono>,
// so the EU rule is written out: CET (UTC+1), CEST (UTC+2) from the last Sunday of March 01:00 UTC
// to the last Sunday of October 01:00 UTC (Directive 2000/84/EC). Pure functions; time comes in.
#include <chrono>
#include <string>

namespace civiq::domain {

using TimePoint = std::chrono::sys_seconds;
using LocalDate = std::chrono::year_month_day;

struct LocalDateTime {
  LocalDate date;
  std::chrono::seconds time_of_day;  // seconds since local midnight, 0..86399
};

[[nodiscard]] std::chrono::seconds berlin_utc_offset(TimePoint t);
[[nodiscard]] LocalDateTime to_berlin(TimePoint t);
[[nodiscard]] inline LocalDate berlin_date(TimePoint t) { return to_berlin(t).date; }
// The instant a Berlin wall-clock time names. In the autumn hour that happens twice the first is
// taken; a spring time that does not exist is read with the winter offset (lands one hour later).
[[nodiscard]] TimePoint from_berlin(LocalDate date, std::chrono::seconds time_of_day);
// "2026-11-23", the form used in storage and on the wire.
[[nodiscard]] std::string iso_date(LocalDate date);

}  // namespace civiq::domain
