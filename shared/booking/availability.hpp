// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The free-slot search of one visit at one office: day by day, the slots a citizen may book now.
// It puts the other rules together: only bookable days (hours, holidays, closed days), slots on the
// office's desks (a visit is served at one desk, within the desk limit of each of its services),
// only while the appointments the channel booked that day stay within its released share
// (channels.hpp, release schedule), and none closer than the lead time to now. Pure: bookings and the time come in.
#include <array>
#include <chrono>
#include <map>
#include <set>
#include <vector>

#include "release_schedule.hpp"
#include "slots.hpp"

namespace civiq::booking {

// For a while, `desks` desks take appointments instead of the usual number (a clerk at a training,
// fewer at lunch, an extra desk on a busy morning); `from` and `to` since local midnight.
struct DeskPeriod {
  std::chrono::seconds from;
  std::chrono::seconds to;
  int desks = 0;
};

// When, and on how many desks, the office takes appointments on one weekday.
struct DeskPlan {
  std::vector<domain::OpeningInterval> hours;
  int desks = 0;
  std::vector<DeskPeriod> periods{};  // the weekday's own changes of `desks` (county.toml desk_times)
};

// One day as the search sees it besides the calendar: the appointments that take desks, and the
// staff's changes of that day's desks (they win over the weekday's periods; later ones win).
struct DayTaken {
  std::vector<BookedSpan> booked;
  std::vector<DeskPeriod> desk_changes{};
};

struct OfficeCalendar {
  std::array<DeskPlan, 7> week;  // Monday first: the office's hours and desks
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

// The slots `channel` may book for a visit of `length` for `services` (each limited service's desks
// are taken for the whole visit; none: no service's own limit) from `first` to `last` (inclusive),
// with `taken` what each day holds (appointments of every channel: they all take desks; the day's
// desk changes). Days without a bookable slot are left out.
[[nodiscard]] std::vector<DayOffer> bookable_slots(const OfficeCalendar& office, std::chrono::seconds length,
                                                   domain::LocalDate first, domain::LocalDate last,
                                                   const std::map<domain::LocalDate, DayTaken>& taken,
                                                   domain::LocalDateTime now, Channel channel = Channel::Online,
                                                   const std::vector<domain::ServiceId>& services = {});

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

[[nodiscard]] DayUse day_use(const OfficeCalendar& office, domain::LocalDate day, const DayTaken& taken,
                             domain::LocalDateTime now);

// Where more appointments overlap than desks serve, e.g. after the staff took desks away for a
// while: each such time of the day's grid with what is booked then and the desks there are.
struct Overbooked {
  std::chrono::seconds start;
  int booked = 0;
  int desks = 0;
};
[[nodiscard]] std::vector<Overbooked> overbooked(const OfficeCalendar& office, domain::LocalDate day,
                                                 const DayTaken& taken);

}  // namespace civiq::booking
