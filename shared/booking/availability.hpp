// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The free-slot search of one visit at one office: day by day, the slots a citizen may book now.
// It puts the other rules together: only bookable days (hours, holidays, closed days), slots on the
// desks of the visit's first service (a visit is served at one desk), only while the appointments
// the channel booked that day stay within its released share (channels.hpp, release schedule), and
// none closer than the lead time to now. Pure: bookings and the time come in.
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
  ChannelShares channels;
  // At most this many desks serve a service at once (e.g. one desk has the Wohngeld files); a
  // service not named may use every desk.
  std::map<domain::ServiceId, int> service_desks;
  std::chrono::seconds step{std::chrono::minutes{15}};  // slots start on this grid
};

struct DayOffer {
  domain::LocalDate day;
  std::vector<FreeSlot> slots;  // in time order, never empty
};

// The slots `channel` may book for a visit of `length` whose first service is `service` (none: no
// service's own limit) from `first` to `last` (inclusive), with `booked` the existing appointments
// per day on the same desks (of every channel: they all take desks). Days without a bookable slot
// are left out.
[[nodiscard]] std::vector<DayOffer> bookable_slots(const OfficeCalendar& office, std::chrono::seconds length,
                                                   domain::LocalDate first, domain::LocalDate last,
                                                   const std::map<domain::LocalDate, std::vector<BookedSpan>>& booked,
                                                   domain::LocalDateTime now, Channel channel = Channel::Online,
                                                   domain::ServiceId service = {});

// How full an office's day is, for the staff's overview: in appointments of the slot step, what it
// can take, how much is released now, and per channel (kChannels' order) its quota and what it booked.
struct ChannelUse {
  int quota = 0;
  int booked = 0;
};
struct DayUse {
  domain::LocalDate day;
  bool open = false;  // bookable at all: opening hours, no holiday, not an office's closed day
  int capacity = 0;
  int released_percent = 0;
  std::array<ChannelUse, kChannels.size()> channels;
};

[[nodiscard]] DayUse day_use(const OfficeCalendar& office, domain::LocalDate day, const std::vector<BookedSpan>& booked,
                             domain::LocalDateTime now);

}  // namespace civiq::booking
