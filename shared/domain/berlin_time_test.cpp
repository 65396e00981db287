// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "berlin_time.hpp"

#include <doctest/doctest.h>

#include <vector>

namespace civiq::domain {
namespace {

using namespace std::chrono;

constexpr LocalDate date(int y, unsigned m, unsigned d) { return LocalDate{year{y}, month{m}, day{d}}; }
constexpr seconds clock_time(int h, int m, int s = 0) { return hours{h} + minutes{m} + seconds{s}; }
TimePoint utc(LocalDate d, seconds time_of_day) { return sys_days{d} + time_of_day; }

// The two switch instants of 2026: last Sunday of March and of October, 01:00 UTC.
const TimePoint kSpringForward = utc(date(2026, 3, 29), clock_time(1, 0));
const TimePoint kFallBack = utc(date(2026, 10, 25), clock_time(1, 0));

}  // namespace

TEST_CASE("berlin_utc_offset: CET in winter, CEST in summer") {
  CHECK(berlin_utc_offset(utc(date(2026, 1, 15), clock_time(12, 0))) == hours{1});
  CHECK(berlin_utc_offset(utc(date(2026, 7, 15), clock_time(12, 0))) == hours{2});
  CHECK(berlin_utc_offset(utc(date(2026, 12, 31), clock_time(23, 59, 59))) == hours{1});
  CHECK(berlin_utc_offset(TimePoint{seconds{1'790'000'000}}) == hours{2});  // 2026-09-21
}

TEST_CASE("berlin_utc_offset switches at the exact instants of 2026") {
  CHECK(kSpringForward == TimePoint{seconds{1'774'746'000}});
  CHECK(kFallBack == TimePoint{seconds{1'792'890'000}});

  CHECK(berlin_utc_offset(kSpringForward - seconds{1}) == hours{1});
  CHECK(berlin_utc_offset(kSpringForward) == hours{2});
  CHECK(berlin_utc_offset(kFallBack - seconds{1}) == hours{2});
  CHECK(berlin_utc_offset(kFallBack) == hours{1});

  // The wall clock jumps from 01:59:59 to 03:00:00 in spring ...
  const auto before_spring = to_berlin(kSpringForward - seconds{1});
  const auto after_spring = to_berlin(kSpringForward);
  CHECK(before_spring.date == date(2026, 3, 29));
  CHECK(before_spring.time_of_day == clock_time(1, 59, 59));
  CHECK(after_spring.time_of_day == clock_time(3, 0));
  // ... and from 02:59:59 back to 02:00:00 in autumn.
  const auto before_autumn = to_berlin(kFallBack - seconds{1});
  const auto after_autumn = to_berlin(kFallBack);
  CHECK(before_autumn.date == date(2026, 10, 25));
  CHECK(before_autumn.time_of_day == clock_time(2, 59, 59));
  CHECK(after_autumn.time_of_day == clock_time(2, 0));
}

TEST_CASE("to_berlin: the local date changes at local midnight, not at UTC midnight") {
  struct Row {
    const char* name;
    TimePoint at;
    LocalDate local_date;
    seconds local_time;
  };
  const std::vector<Row> rows{
      {"summer, last second of the day", utc(date(2026, 9, 21), clock_time(21, 59, 59)), date(2026, 9, 21),
       clock_time(23, 59, 59)},
      {"summer, local midnight is 22:00 UTC", utc(date(2026, 9, 21), clock_time(22, 0)), date(2026, 9, 22),
       seconds{0}},
      {"winter, local midnight is 23:00 UTC", utc(date(2026, 1, 15), clock_time(23, 0)), date(2026, 1, 16),
       seconds{0}},
      {"winter, one second before", utc(date(2026, 1, 15), clock_time(22, 59, 59)), date(2026, 1, 15),
       clock_time(23, 59, 59)},
      {"new year starts an hour before UTC", utc(date(2026, 12, 31), clock_time(23, 30)), date(2027, 1, 1),
       clock_time(0, 30)},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    const auto local = to_berlin(row.at);
    CHECK(local.date == row.local_date);
    CHECK(local.time_of_day == row.local_time);
    CHECK(berlin_date(row.at) == row.local_date);
  }
}

TEST_CASE("from_berlin inverts to_berlin for every wall-clock time that exists once") {
  struct Row {
    LocalDate date;
    seconds time_of_day;
    TimePoint expected;
  };
  const std::vector<Row> rows{
      {date(2026, 1, 15), clock_time(8, 0), utc(date(2026, 1, 15), clock_time(7, 0))},
      {date(2026, 7, 15), clock_time(8, 0), utc(date(2026, 7, 15), clock_time(6, 0))},
      {date(2026, 3, 29), clock_time(1, 59, 59), kSpringForward - seconds{1}},
      {date(2026, 3, 29), clock_time(3, 0), kSpringForward},
      {date(2026, 10, 25), clock_time(3, 0), kFallBack + hours{1}},
      {date(2026, 9, 22), seconds{0}, utc(date(2026, 9, 21), clock_time(22, 0))},
      {date(2027, 1, 1), clock_time(0, 30), utc(date(2026, 12, 31), clock_time(23, 30))},
  };
  for (const auto& row : rows) {
    CAPTURE(iso_date(row.date));
    CAPTURE(row.time_of_day.count());
    const TimePoint instant = from_berlin(row.date, row.time_of_day);
    CHECK(instant == row.expected);
    const auto back = to_berlin(instant);
    CHECK(back.date == row.date);
    CHECK(back.time_of_day == row.time_of_day);
  }
}

TEST_CASE("from_berlin: the repeated autumn hour resolves to its first occurrence") {
  const TimePoint first = utc(date(2026, 10, 25), clock_time(0, 30));   // 02:30 CEST
  const TimePoint second = utc(date(2026, 10, 25), clock_time(1, 30));  // 02:30 CET
  CHECK(to_berlin(first).time_of_day == clock_time(2, 30));
  CHECK(to_berlin(second).time_of_day == clock_time(2, 30));
  CHECK(from_berlin(date(2026, 10, 25), clock_time(2, 30)) == first);
}

TEST_CASE("from_berlin: a spring wall-clock time that does not exist is read with the winter offset") {
  const TimePoint instant = from_berlin(date(2026, 3, 29), clock_time(2, 30));
  CHECK(instant == utc(date(2026, 3, 29), clock_time(1, 30)));
  CHECK(to_berlin(instant).time_of_day == clock_time(3, 30));  // one hour later on the wall clock
}

TEST_CASE("iso_date pads month and day") {
  CHECK(iso_date(date(2026, 11, 23)) == "2026-11-23");
  CHECK(iso_date(date(2026, 1, 5)) == "2026-01-05");
  CHECK(iso_date(date(2027, 12, 31)) == "2027-12-31");
}

}  // namespace civiq::domain
