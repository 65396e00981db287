// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The free appointment slots of one office, service and day. A visit for several services (and
// quantities: "Abgabe Führerschein × 1") is one contiguous appointment of the sum of their lengths.
// Slots start every `step` within each opening interval (breaks are the gaps between intervals)
// and must end within it. `desks` workstations serve the service at once; a slot is free while
// fewer bookings than desks overlap at every moment of it — desks are interchangeable and given
// out on the day, and intervals on a line can always be seated that way (interval graphs are
// perfect), so no booking ever needs a desk that is not there. Pure functions.
#include <chrono>
#include <set>
#include <vector>

#include "channels.hpp"
#include "domain/catalog.hpp"

namespace civiq::booking {

struct ServiceLength {
  std::chrono::seconds length;  // one unit of the service
  int quantity = 1;
};

struct BookedSpan {
  std::chrono::seconds start;   // since local midnight
  std::chrono::seconds length;
  Channel channel = Channel::Online;  // how it was booked: counts against that channel's quota
  std::vector<domain::ServiceId> services{};  // the visit's: it takes a desk that serves each of them
};

struct FreeSlot {
  std::chrono::seconds start;  // since local midnight
  int free_desks = 0;          // desks still free for the whole slot (at least 1)
};

// The length of one appointment for all the services of a visit.
[[nodiscard]] std::chrono::seconds visit_length(const std::vector<ServiceLength>& services);
// Whether the office takes appointments on that day at all: it has hours on that weekday, the day
// is no public holiday of Saxony and not one of the office's own closed days.
[[nodiscard]] bool bookable_day(const domain::OpeningHours& hours, const std::set<domain::LocalDate>& closed_days,
                                domain::LocalDate day);
// The most appointments of `booked` that overlap at one moment within [from, to).
[[nodiscard]] int most_at_once(const std::vector<BookedSpan>& booked, std::chrono::seconds from,
                               std::chrono::seconds to);
// Free slots of `length`, starting every `step`, with their free desks, in time order.
[[nodiscard]] std::vector<FreeSlot> free_slots(const std::vector<domain::OpeningInterval>& day_hours,
                                               std::chrono::seconds step, std::chrono::seconds length, int desks,
                                               const std::vector<BookedSpan>& booked);

}  // namespace civiq::booking
