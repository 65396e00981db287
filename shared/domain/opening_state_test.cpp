// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "opening_state.hpp"

#include <doctest/doctest.h>

namespace civiq::domain {
namespace {

using namespace std::chrono;

// Löbau's real hours (the county's letter): Mon 08-12, 13-16; Tue 08-12, 13-18; Wed 08-12; Thu as Tue;
// Fri 08-12; closed at the weekend.
OpeningHours loebau() {
  OpeningHours week;
  const auto at = [](int h) { return seconds{hours{h}}; };
  week.by_weekday[0] = {{at(8), at(12)}, {at(13), at(16)}};
  week.by_weekday[1] = {{at(8), at(12)}, {at(13), at(18)}};
  week.by_weekday[2] = {{at(8), at(12)}};
  week.by_weekday[3] = {{at(8), at(12)}, {at(13), at(18)}};
  week.by_weekday[4] = {{at(8), at(12)}};
  return week;
}

constexpr LocalDate kMonday = 2026y / November / 23d;
constexpr LocalDate kFriday = 2026y / November / 27d;
constexpr LocalDate kSaturday = 2026y / November / 28d;
constexpr LocalDate kNextMonday = 2026y / November / 30d;

TimePoint at(LocalDate date, int hour, int minute = 0) { return from_berlin(date, hours{hour} + minutes{minute}); }

}  // namespace

TEST_CASE("open: says when this opening ends") {
  const auto state = opening_state(loebau(), at(kMonday, 9, 30));
  CHECK(state.open);
  CHECK(state.closes_at == at(kMonday, 12));
  CHECK_FALSE(state.opens_next);
}

TEST_CASE("over lunch and after hours: closed, with the next opening") {
  const struct {
    TimePoint now;
    TimePoint opens;
  } cases[] = {
      {at(kMonday, 12, 0), at(kMonday, 13)},       // the closing minute itself is closed
      {at(kMonday, 7, 59), at(kMonday, 8)},        // before the first opening
      {at(kMonday, 16, 30), at(2026y / November / 24d, 8)},
      {at(kFriday, 12, 5), at(kNextMonday, 8)},   // over the weekend
      {at(kSaturday, 10), at(kNextMonday, 8)},
  };
  for (const auto& c : cases) {
    const auto state = opening_state(loebau(), c.now);
    CHECK_FALSE(state.open);
    CHECK(state.opens_next == c.opens);
    CHECK_FALSE(state.closes_at);
  }
}

TEST_CASE("always open: open, and no closing in sight") {
  const auto state = opening_state(OpeningHours::always_open(), at(kSaturday, 3));
  CHECK(state.open);
  CHECK_FALSE(state.closes_at);
}

TEST_CASE("an office without hours is closed with no next opening") {
  const auto state = opening_state(OpeningHours{}, at(kMonday, 9));
  CHECK_FALSE(state.open);
  CHECK_FALSE(state.opens_next);
}

}  // namespace civiq::domain
