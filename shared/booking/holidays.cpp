// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "holidays.hpp"

#include <algorithm>

namespace civiq::booking {
namespace {

using namespace std::chrono;

domain::LocalDate plus_days(domain::LocalDate date, int days) {
  return domain::LocalDate{sys_days{date} + std::chrono::days{days}};
}

// The Wednesday before 23 November: between the 16th and the 22nd.
domain::LocalDate day_of_prayer_and_repentance(int y) {
  const sys_days november_22{year{y} / November / 22};
  const auto back = (weekday{november_22} - Wednesday).count();  // 0..6 days after a Wednesday
  return domain::LocalDate{november_22 - std::chrono::days{back}};
}

}  // namespace

domain::LocalDate easter_sunday(int y) {
  const int a = y % 19;
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_number = (h + l - 7 * m + 114) / 31;
  const int day_number = (h + l - 7 * m + 114) % 31 + 1;
  return year{y} / month{static_cast<unsigned>(month_number)} / day{static_cast<unsigned>(day_number)};
}

std::vector<Holiday> saxony_holidays(int y) {
  const auto easter = easter_sunday(y);
  std::vector<Holiday> holidays{
      {year{y} / January / 1, "Neujahr"},
      {plus_days(easter, -2), "Karfreitag"},
      {plus_days(easter, 1), "Ostermontag"},
      {year{y} / May / 1, "Tag der Arbeit"},
      {plus_days(easter, 39), "Christi Himmelfahrt"},
      {plus_days(easter, 50), "Pfingstmontag"},
      {year{y} / October / 3, "Tag der Deutschen Einheit"},
      {year{y} / October / 31, "Reformationstag"},
      {day_of_prayer_and_repentance(y), "Buß- und Bettag"},
      {year{y} / December / 25, "1. Weihnachtsfeiertag"},
      {year{y} / December / 26, "2. Weihnachtsfeiertag"},
  };
  // Christi Himmelfahrt falls on 1 May in some years (2008): both stay, in date order.
  std::stable_sort(holidays.begin(), holidays.end(),
                   [](const Holiday& x, const Holiday& z) { return sys_days{x.date} < sys_days{z.date}; });
  return holidays;
}

std::optional<Holiday> saxony_holiday(domain::LocalDate date) {
  for (const auto& holiday : saxony_holidays(static_cast<int>(date.year())))
    if (holiday.date == date) return holiday;
  return std::nullopt;
}

}  // namespace civiq::booking
