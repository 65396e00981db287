// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "slots.hpp"

#include <doctest/doctest.h>

namespace civiq::booking {
namespace {

using namespace std::chrono;

constexpr seconds hm(int h, int m) { return hours{h} + minutes{m}; }

// Löbau on a Tuesday: 08:00-12:00 and 13:00-18:00 (the lunch break is the gap).
const std::vector<domain::OpeningInterval> kTuesday{{hm(8, 0), hm(12, 0)}, {hm(13, 0), hm(18, 0)}};

std::vector<seconds> starts(const std::vector<FreeSlot>& slots) {
  std::vector<seconds> out;
  for (const auto& slot : slots) out.push_back(slot.start);
  return out;
}

TEST_CASE("a visit for several services is one appointment of their summed lengths") {
  CHECK(visit_length({{minutes{15}, 1}}) == minutes{15});
  CHECK(visit_length({{minutes{15}, 1}, {minutes{5}, 2}}) == minutes{25});  // registration + 2 × licence surrender
  CHECK(visit_length({}) == seconds{0});
}

TEST_CASE("slots start every step and end inside an opening interval, never across the lunch break") {
  const auto slots = free_slots(kTuesday, minutes{30}, minutes{45}, 1, {});
  const auto got = starts(slots);
  CHECK(got.front() == hm(8, 0));
  CHECK(std::find(got.begin(), got.end(), hm(11, 0)) != got.end());       // 11:00-11:45 fits
  CHECK(std::find(got.begin(), got.end(), hm(11, 30)) == got.end());      // 11:30-12:15 would cross the break
  CHECK(std::find(got.begin(), got.end(), hm(13, 0)) != got.end());
  CHECK(got.back() == hm(17, 0));                                         // 17:00-17:45; 17:30 would end late
  CHECK(got.size() == 7 + 9);
  for (const auto& slot : slots) CHECK(slot.free_desks == 1);
}

TEST_CASE("a slot is free while fewer bookings than desks overlap at every moment of it") {
  // Two desks. 09:00-09:30 and 09:30-10:00 are booked back to back (one desk suffices for both),
  // 09:15-09:45 takes the second desk: from 09:15 to 09:45 both desks are busy.
  const std::vector<BookedSpan> booked{{hm(9, 0), minutes{30}}, {hm(9, 30), minutes{30}}, {hm(9, 15), minutes{30}}};
  const auto slots = free_slots({{hm(8, 0), hm(12, 0)}}, minutes{15}, minutes{30}, 2, booked);
  auto free_at = [&](seconds start) {
    for (const auto& slot : slots)
      if (slot.start == start) return slot.free_desks;
    return 0;
  };
  CHECK(free_at(hm(8, 30)) == 2);
  CHECK(free_at(hm(8, 45)) == 1);   // 08:45-09:15 meets the 09:00 booking only
  CHECK(free_at(hm(9, 0)) == 0);    // 09:15-09:30 has two at once
  CHECK(free_at(hm(9, 30)) == 0);
  CHECK(free_at(hm(9, 45)) == 1);   // the 09:15 booking ended at 09:45
  CHECK(free_at(hm(10, 0)) == 2);   // a booking that ends at 10:00 does not touch a slot from 10:00
}

TEST_CASE("the last desk of the last slot: one booking fills it, and the slot is gone") {
  std::vector<BookedSpan> booked;
  auto slots = free_slots({{hm(17, 0), hm(17, 30)}}, minutes{30}, minutes{30}, 1, booked);
  REQUIRE(slots.size() == 1);
  booked.push_back({slots.front().start, minutes{30}});
  CHECK(free_slots({{hm(17, 0), hm(17, 30)}}, minutes{30}, minutes{30}, 1, booked).empty());
}

TEST_CASE("nothing to offer without desks, step or length") {
  CHECK(free_slots(kTuesday, minutes{0}, minutes{15}, 1, {}).empty());
  CHECK(free_slots(kTuesday, minutes{15}, minutes{0}, 1, {}).empty());
  CHECK(free_slots(kTuesday, minutes{15}, minutes{15}, 0, {}).empty());
  CHECK(free_slots({}, minutes{15}, minutes{15}, 1, {}).empty());
}

TEST_CASE("a day is bookable on weekdays with hours, not on holidays or the office's closed days") {
  domain::OpeningHours hours;
  for (int day = 0; day < 5; ++day) hours.by_weekday[static_cast<std::size_t>(day)] = kTuesday;  // Mon-Fri
  const std::set<domain::LocalDate> closed{2026y / December / 24};
  CHECK(bookable_day(hours, closed, 2026y / December / 1));         // a Tuesday
  CHECK_FALSE(bookable_day(hours, closed, 2026y / December / 5));   // a Saturday
  CHECK_FALSE(bookable_day(hours, closed, 2026y / November / 18));  // Buß- und Bettag
  CHECK_FALSE(bookable_day(hours, closed, 2026y / December / 24));  // the office's own closed day
  CHECK_FALSE(bookable_day(hours, closed, 2026y / December / 25));
}

}  // namespace
}  // namespace civiq::booking
