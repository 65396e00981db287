// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "waitlist.hpp"

#include <doctest/doctest.h>

namespace civiq::booking {
namespace {

using namespace std::chrono;

domain::TimePoint at(int day, int hour) {
  return domain::from_berlin(2026y / December / day, hours{hour});
}

TEST_CASE("a freed slot goes to the longest waiting who takes that day, one at a time") {
  const std::vector<WaitlistEntry> waiting{
      {1, 1, 3, at(2, 9), std::nullopt},            // Löbau, Wohngeld, asked first
      {2, 1, 3, at(1, 9), 2026y / December / 10},   // asked earlier, but only up to the 10th
      {3, 1, 3, at(3, 9), std::nullopt},
      {4, 2, 3, at(1, 8), std::nullopt},            // another office
      {5, 1, 4, at(1, 8), std::nullopt},            // another service
  };
  CHECK(next_offer(waiting, 1, 3, 2026y / December / 8, {}) == 2);
  CHECK(next_offer(waiting, 1, 3, 2026y / December / 15, {}) == 1);  // too late for entry 2
  // Not claimed within the window: the next, never the same again for this slot.
  CHECK(next_offer(waiting, 1, 3, 2026y / December / 8, {2}) == 1);
  CHECK(next_offer(waiting, 1, 3, 2026y / December / 8, {2, 1}) == 3);
  CHECK_FALSE(next_offer(waiting, 1, 3, 2026y / December / 8, {1, 2, 3}).has_value());
  CHECK_FALSE(next_offer(waiting, 3, 3, 2026y / December / 8, {}).has_value());
}

TEST_CASE("asking again does not move anybody up: the same time goes by the lower id") {
  const std::vector<WaitlistEntry> waiting{{8, 1, 1, at(1, 9), std::nullopt}, {7, 1, 1, at(1, 9), std::nullopt}};
  CHECK(next_offer(waiting, 1, 1, 2026y / December / 8, {}) == 7);
}

}  // namespace
}  // namespace civiq::booking
