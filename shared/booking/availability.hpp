// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The free-slot search of one visit at one office: day by day, the slots a citizen may book now.
// It puts the other rules together: only bookable days (hours, holidays, closed days), slots on the
// desks of the visit's first service (a visit is served at one desk), only while the day's booked
// appointments stay within its released share (release schedule), and none closer than the lead
// time to now. Pure: bookings and the time come in.
#include <array>
#include <chrono>
#include <map>
#include <set>
#include <vector>

#include "release_schedule.hpp"
#include "slots.hpp"

namespace civiq::booking {

// When, and on how many desks, a service takes appointments on one weekday.
struct DeskPlan {
  std::vector<domain::OpeningInterval> hours;
  int desks = 0;
};

struct OfficeCalendar {
  std::array<DeskPlan, 7> week;  // Monday first: the desks of the visit's first service
  std::set<domain::LocalDate> closed_days;
  ReleaseSchedule release;
  std::chrono::seconds step{std::chrono::minutes{15}};  // slots start on this grid
};

struct DayOffer {
  domain::LocalDate day;
  std::vector<FreeSlot> slots;  // in time order, never empty
};

// The bookable slots for a visit of `length` from `first` to `last` (inclusive), with `booked`
// the existing appointments per day on the same desks. Days without a bookable slot are left out.
[[nodiscard]] std::vector<DayOffer> bookable_slots(const OfficeCalendar& office, std::chrono::seconds length,
                                                   domain::LocalDate first, domain::LocalDate last,
                                                   const std::map<domain::LocalDate, std::vector<BookedSpan>>& booked,
                                                   domain::LocalDateTime now);

}  // namespace civiq::booking
