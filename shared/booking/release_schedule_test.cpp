// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "release_schedule.hpp"

#include <doctest/doctest.h>

namespace civiq::booking {
namespace {

using namespace std::chrono;

constexpr seconds hm(int h, int m) { return hours{h} + minutes{m}; }

// Four weeks ahead at 07:00: 80 %; on the day itself at 07:00: the other 20 % (for those who
// cannot plan four weeks ahead).
const ReleaseSchedule kLoebau{{{28, minutes{7 * 60}, 80}, {0, minutes{7 * 60}, 20}}, minutes{60}};

TEST_CASE("a day is released in its contingents, each at its local time") {
  const domain::LocalDate day = 2026y / December / 29;
  CHECK(released_percent(kLoebau, day, {2026y / December / 1, hm(6, 59)}) == 0);
  CHECK(released_percent(kLoebau, day, {2026y / December / 1, hm(7, 0)}) == 80);  // 28 days before
  CHECK(released_percent(kLoebau, day, {2026y / December / 28, hm(23, 59)}) == 80);
  CHECK(released_percent(kLoebau, day, {2026y / December / 29, hm(7, 0)}) == 100);
  CHECK(released_percent(kLoebau, 2027y / January / 26, {2026y / December / 29, hm(7, 0)}) == 80);  // across the year
}

TEST_CASE("a contingent rounds down: it never gives more than it says") {
  CHECK(released_capacity(36, 80) == 28);
  CHECK(released_capacity(36, 100) == 36);
  CHECK(released_capacity(36, 0) == 0);
}

TEST_CASE("no booking closer than min_lead to the slot's start") {
  const domain::LocalDate day = 2026y / December / 29;
  CHECK(before_lead(kLoebau, day, hm(10, 0), {day, hm(9, 0)}));
  CHECK_FALSE(before_lead(kLoebau, day, hm(10, 0), {day, hm(9, 1)}));
  CHECK(before_lead(kLoebau, day, hm(8, 0), {2026y / December / 28, hm(23, 0)}));  // the evening before
}

TEST_CASE("a schedule that cannot be kept is refused with its reason") {
  CHECK(release_schedule_problem(kLoebau).empty());
  CHECK(release_schedule_problem(ReleaseSchedule{}).empty());
  CHECK(release_schedule_problem({{{28, minutes{420}, 80}, {0, minutes{420}, 30}}, minutes{60}}) ==
        "the releases give more than 100 percent of a day");
  CHECK(release_schedule_problem({{{28, minutes{420}, 0}}, minutes{60}}) == "each release gives 1 to 100 percent");
  CHECK(release_schedule_problem({{{-1, minutes{420}, 50}}, minutes{60}}) == "days_before must be between 0 and 366");
  CHECK(release_schedule_problem({{{1, minutes{24 * 60}, 50}}, minutes{60}}) ==
        "a release time lies within the day (00:00-23:59)");
  CHECK(release_schedule_problem({{{1, minutes{420}, 50}}, minutes{-5}}) == "min_lead must not be negative");
}

}  // namespace
}  // namespace civiq::booking
