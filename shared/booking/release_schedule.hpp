// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// When a day's appointments go online. Releasing a whole month at once hands it to bots (Berlin,
// 2023: a released month gone in 1.5 h), so a county releases a day in contingents: each Release
// gives a share of the day's capacity `days_before` the day at the local time `at` ("28 days before
// at 07:00: 80 %", "on the day at 07:00: the other 20 %"). A slot is bookable from its release
// until `min_lead` before it starts. Pure functions; the time comes in (Europe/Berlin).
#include <chrono>
#include <string>
#include <vector>

#include "domain/berlin_time.hpp"

namespace civiq::booking {

struct Release {
  int days_before = 0;                  // 0: on the day itself
  std::chrono::minutes at{7 * 60};      // local time of day
  int percent = 100;                    // share of the day's capacity
};

// The default: the whole of a day, 28 days before at 07:00.
[[nodiscard]] std::vector<Release> four_weeks_ahead();

struct ReleaseSchedule {
  // Built by a function, not an initializer list: GCC 12 at -O2 takes a list's temporary array for
  // uninitialised wherever a schedule is constructed (-Wmaybe-uninitialized, a false positive).
  std::vector<Release> releases = four_weeks_ahead();
  std::chrono::minutes min_lead{60};  // no booking closer than this to the slot's start
};

// "" when the schedule is usable, else why not (percent 1..100 each and at most 100 together,
// days_before 0..366, `at` within the day, min_lead not negative).
[[nodiscard]] std::string release_schedule_problem(const ReleaseSchedule& schedule);
// The share (percent) of `day`'s capacity released at `now`.
[[nodiscard]] int released_percent(const ReleaseSchedule& schedule, domain::LocalDate day, domain::LocalDateTime now);
// How many of a day's `capacity` appointments may be booked when `percent` of it is released
// (rounded down: a contingent never gives more than it says).
[[nodiscard]] int released_capacity(int capacity, int percent);
// Whether a slot starting at `start` (local, on `day`) may still be booked at `now`.
[[nodiscard]] bool before_lead(const ReleaseSchedule& schedule, domain::LocalDate day, std::chrono::seconds start,
                               domain::LocalDateTime now);

}  // namespace civiq::booking
