// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "holidays.hpp"

#include <doctest/doctest.h>

namespace civiq::booking {
namespace {

using namespace std::chrono;

TEST_CASE("Easter Sunday for years with known dates, the earliest and the latest it can be") {
  const domain::LocalDate known[] = {
      2000y / April / 23, 2024y / March / 31, 2025y / April / 20, 2026y / April / 5,
      2027y / March / 28, 2038y / April / 25,  // the latest date Easter can fall on
      2285y / March / 22,                     // the earliest
      1818y / March / 22,  1943y / April / 25, 2100y / March / 28,
  };
  for (const auto& date : known) {
    CAPTURE(domain::iso_date(date));
    CHECK(easter_sunday(static_cast<int>(date.year())) == date);
    CHECK(weekday{sys_days{date}} == Sunday);
  }
}

TEST_CASE("Saxony's holidays in 2026: eleven, in date order, Buß- und Bettag on the 18th of November") {
  const auto holidays = saxony_holidays(2026);
  REQUIRE(holidays.size() == 11);
  const domain::LocalDate expected[] = {
      2026y / January / 1,   2026y / April / 3,    2026y / April / 6,     2026y / May / 1,
      2026y / May / 14,      2026y / May / 25,     2026y / October / 3,   2026y / October / 31,
      2026y / November / 18, 2026y / December / 25, 2026y / December / 26,
  };
  for (std::size_t i = 0; i < holidays.size(); ++i) {
    CAPTURE(holidays[i].name);
    CHECK(holidays[i].date == expected[i]);
  }
  CHECK(saxony_holiday(2026y / November / 18)->name == "Buß- und Bettag");
  CHECK(saxony_holiday(2026y / May / 14)->name == "Christi Himmelfahrt");
  CHECK_FALSE(saxony_holiday(2026y / November / 19).has_value());
  CHECK_FALSE(saxony_holiday(2026y / June / 4).has_value());  // Fronleichnam: not in Löbau or Görlitz
}

TEST_CASE("Buß- und Bettag is the Wednesday before 23 November, also when the 22nd is one") {
  const domain::LocalDate expected[] = {2024y / November / 20, 2025y / November / 19, 2027y / November / 17,
                                        2028y / November / 22, 2029y / November / 21, 2033y / November / 16};
  for (const auto& date : expected) {
    CAPTURE(domain::iso_date(date));
    const auto holiday = saxony_holiday(date);
    REQUIRE(holiday.has_value());
    CHECK(holiday->name == "Buß- und Bettag");
    CHECK(weekday{sys_days{date}} == Wednesday);
  }
}

TEST_CASE("every year has its eleven holidays in date order, each on its own day or shared with 1 May") {
  for (int y = 1900; y <= 2200; ++y) {
    CAPTURE(y);
    const auto holidays = saxony_holidays(y);
    REQUIRE(holidays.size() == 11);
    for (std::size_t i = 1; i < holidays.size(); ++i) CHECK(sys_days{holidays[i - 1].date} <= sys_days{holidays[i].date});
    for (const auto& holiday : holidays) CHECK(static_cast<int>(holiday.date.year()) == y);
  }
  // 2008: Christi Himmelfahrt was on 1 May.
  const auto h2008 = saxony_holidays(2008);
  CHECK(h2008[3].date == 2008y / May / 1);
  CHECK(h2008[4].date == 2008y / May / 1);
}

}  // namespace
}  // namespace civiq::booking
