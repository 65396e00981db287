// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "berlin_time.hpp"

#include <cstdio>

namespace civiq::domain {
namespace {

using namespace std::chrono;

sys_seconds last_sunday_0100_utc(year y, month m) {
  const sys_days last_day{y / m / last};
  const weekday wd{last_day};
  const sys_days sunday = last_day - (wd - Sunday);
  return sunday + hours{1};
}

}  // namespace

std::chrono::seconds berlin_utc_offset(TimePoint t) {
  const year y = year_month_day{floor<days>(t)}.year();
  const bool summer = t >= last_sunday_0100_utc(y, March) && t < last_sunday_0100_utc(y, October);
  return summer ? hours{2} : hours{1};
}

LocalDateTime to_berlin(TimePoint t) {
  const sys_seconds local{t.time_since_epoch() + berlin_utc_offset(t)};
  const sys_days day = floor<days>(local);
  return {year_month_day{day}, local - day};
}

TimePoint from_berlin(LocalDate date, std::chrono::seconds time_of_day) {
  const sys_seconds as_if_utc = sys_days{date} + time_of_day;
  // Try the summer offset first so that the repeated autumn hour resolves to its first occurrence.
  for (const auto offset : {hours{2}, hours{1}}) {
    const TimePoint candidate = as_if_utc - offset;
    if (berlin_utc_offset(candidate) == offset) return candidate;
  }
  return as_if_utc - hours{1};
}

std::string iso_date(LocalDate date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

}  // namespace civiq::domain
