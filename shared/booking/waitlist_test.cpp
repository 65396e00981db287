// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "waitlist.hpp"

#include <doctest/doctest.h>

namespace civiq::booking {
namespace {

using namespace std::chrono;

domain::TimePoint at(int day, int hour) { return domain::from_berlin(2026y / December / day, hours{hour}); }
SlotStart slot(int day, int hour, int minute = 0) { return {2026y / December / day, hours{hour} + minutes{minute}}; }
DayOffer offer(int day, std::vector<int> hours_of_day) {
  DayOffer out{2026y / December / day, {}};
  for (const int h : hours_of_day) out.slots.push_back({hours{h}, 1});
  return out;
}

TEST_CASE("the longest waiting comes first; asking again moves nobody up") {
  std::vector<WaitlistEntry> waiting{{3, at(3, 9)}, {1, at(2, 9)}, {8, at(1, 9)}, {7, at(1, 9)}};
  sort_by_waiting_time(waiting);
  std::vector<std::int64_t> order;
  for (const auto& entry : waiting) order.push_back(entry.id);
  CHECK(order == std::vector<std::int64_t>{7, 8, 1, 3});  // the same moment: the lower id
}

TEST_CASE("a waiting citizen is offered the earliest free slot before their appointment, each slot once") {
  const std::vector<DayOffer> free{offer(8, {9, 11}), offer(9, {8}), offer(15, {10})};
  CHECK(earliest_earlier_slot(free, slot(10, 9), {}) == slot(8, 9));
  // Not claimed: the next time, the next slot, never the same one again.
  CHECK(earliest_earlier_slot(free, slot(10, 9), {slot(8, 9)}) == slot(8, 11));
  CHECK(earliest_earlier_slot(free, slot(10, 9), {slot(8, 9), slot(8, 11)}) == slot(9, 8));
  // Only earlier slots help: the 15th is later than the appointment, the 9th at 8 is not before 8.
  CHECK_FALSE(earliest_earlier_slot(free, slot(10, 9), {slot(8, 9), slot(8, 11), slot(9, 8)}).has_value());
  CHECK_FALSE(earliest_earlier_slot(free, slot(9, 8), {slot(8, 9), slot(8, 11)}).has_value());
  CHECK(earliest_earlier_slot(free, slot(9, 8, 15), {slot(8, 9), slot(8, 11)}) == slot(9, 8));  // a quarter earlier
  CHECK_FALSE(earliest_earlier_slot({}, slot(10, 9), {}).has_value());
}

}  // namespace
}  // namespace civiq::booking
