// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "availability.hpp"

#include <algorithm>
#include <iterator>

namespace civiq::booking {
namespace {

using namespace std::chrono;

domain::OpeningHours hours_of(const OfficeCalendar& office) {
  domain::OpeningHours hours;
  for (std::size_t day = 0; day < office.week.size(); ++day)
    if (office.week[day].desks > 0) hours.by_weekday[day] = office.week[day].hours;
  return hours;
}

// Appointments of `step` a visit of `length` takes: a 40-minute visit on a 15-minute grid takes three.
int units_of(seconds length, seconds step) { return static_cast<int>((length + step - seconds{1}) / step); }

// Those `channel` booked of a day's bookings.
int units_booked(const std::vector<BookedSpan>& booked, seconds step, Channel channel) {
  int units = 0;
  for (const auto& span : booked)
    if (span.channel == channel) units += units_of(span.length, step);
  return units;
}

// `slots` as far as `service`'s own desk limit allows (OfficeCalendar::service_desks): a visit with
// that service, whichever place it has in the visit, sits at one of its desks for the whole visit.
std::vector<FreeSlot> limited_by_service(const OfficeCalendar& office, const DeskPlan& plan, domain::ServiceId service,
                                         seconds length, const std::vector<BookedSpan>& booked,
                                         std::vector<FreeSlot> slots) {
  const auto limit = office.service_desks.find(service);
  if (limit == office.service_desks.end()) return slots;
  std::vector<BookedSpan> same_service;
  for (const auto& span : booked)
    if (std::find(span.services.begin(), span.services.end(), service) != span.services.end())
      same_service.push_back(span);
  const auto for_service = free_slots(plan.hours, office.step, length, limit->second, same_service);
  std::vector<FreeSlot> limited;
  for (auto slot : slots) {
    const auto found = std::find_if(for_service.begin(), for_service.end(),
                                    [&](const FreeSlot& s) { return s.start == slot.start; });
    if (found == for_service.end()) continue;
    slot.free_desks = std::min(slot.free_desks, found->free_desks);
    limited.push_back(slot);
  }
  return limited;
}

// A day's desks at every moment: the plan's number, changed for a while by the weekday's periods
// and then by the day's own changes (later ones win). Kept as the most desks at any moment and,
// for the moments with fewer, spans that take the missing ones: a desk nobody staffs is a desk
// that is booked, so free_slots needs no rule of its own for it (and intervals on a line can still
// always be seated, slots.hpp).
struct DayDesks {
  int most = 0;
  std::vector<BookedSpan> unstaffed;
};

DayDesks day_desks(const DeskPlan& plan, const std::vector<DeskPeriod>& changes) {
  std::vector<DeskPeriod> periods = plan.periods;
  periods.insert(periods.end(), changes.begin(), changes.end());
  std::set<seconds> edges{seconds{0}, hours{24}};
  for (const auto& period : periods) edges.insert({period.from, period.to});
  std::vector<DeskPeriod> pieces;
  for (auto from = edges.begin(), to = std::next(from); to != edges.end(); from = to++) {
    DeskPeriod piece{*from, *to, plan.desks};
    for (const auto& period : periods)
      if (period.from <= piece.from && piece.to <= period.to) piece.desks = period.desks;
    pieces.push_back(piece);
  }
  DayDesks day;
  for (const auto& piece : pieces) day.most = std::max(day.most, piece.desks);
  for (const auto& piece : pieces)
    for (int missing = day.most - piece.desks; missing > 0; --missing)
      day.unstaffed.push_back({piece.from, piece.to - piece.from});
  return day;
}

// A day's capacity in appointments of the slot step on every desk serving then (what release
// percentages share).
int day_capacity(const DeskPlan& plan, seconds step, const DayDesks& desks) {
  int units = 0;
  for (const auto& slot : free_slots(plan.hours, step, step, desks.most, desks.unstaffed)) units += slot.free_desks;
  return units;
}

const DeskPlan& plan_of(const OfficeCalendar& office, domain::LocalDate day) {
  return office.week[static_cast<std::size_t>((weekday{sys_days{day}} - Monday).count())];
}

const DayTaken& taken_on(const std::map<domain::LocalDate, DayTaken>& taken, domain::LocalDate day) {
  static const DayTaken nothing{};
  const auto found = taken.find(day);
  return found != taken.end() ? found->second : nothing;
}

}  // namespace

std::vector<DayOffer> bookable_slots(const OfficeCalendar& office, seconds length, domain::LocalDate first,
                                     domain::LocalDate last, const std::map<domain::LocalDate, DayTaken>& taken,
                                     domain::LocalDateTime now, Channel channel,
                                     const std::vector<domain::ServiceId>& services) {
  std::vector<DayOffer> offers;
  if (office.step <= seconds{0} || length <= seconds{0}) return offers;
  const auto hours = hours_of(office);
  for (sys_days day = sys_days{first}; day <= sys_days{last}; day += days{1}) {
    const domain::LocalDate date{day};
    if (!bookable_day(hours, office.closed_days, date)) continue;
    const DeskPlan& plan = plan_of(office, date);
    const DayTaken& that_day = taken_on(taken, date);
    const DayDesks desks = day_desks(plan, that_day.desk_changes);
    const int quota = channel_capacity(day_capacity(plan, office.step, desks), office.channels, channel,
                                       released_percent(office.release, date, now));
    if (units_booked(that_day.booked, office.step, channel) + units_of(length, office.step) > quota) continue;
    DayOffer offer{date, {}};
    auto desks_taken = that_day.booked;
    desks_taken.insert(desks_taken.end(), desks.unstaffed.begin(), desks.unstaffed.end());
    auto slots = free_slots(plan.hours, office.step, length, desks.most, desks_taken);
    for (const auto service : std::set(services.begin(), services.end()))
      slots = limited_by_service(office, plan, service, length, that_day.booked, std::move(slots));
    for (const auto& slot : slots)
      if (before_lead(office.release, date, slot.start, now)) offer.slots.push_back(slot);
    if (!offer.slots.empty()) offers.push_back(std::move(offer));
  }
  return offers;
}

DayUse day_use(const OfficeCalendar& office, domain::LocalDate day, const DayTaken& taken, domain::LocalDateTime now) {
  DayUse use{day, bookable_day(hours_of(office), office.closed_days, day), 0, 0, {}};
  if (!use.open || office.step <= seconds{0}) return use;
  const DeskPlan& plan = plan_of(office, day);
  use.capacity = day_capacity(plan, office.step, day_desks(plan, taken.desk_changes));
  use.released_percent = released_percent(office.release, day, now);
  for (const auto channel : kChannels)
    use.channels[static_cast<std::size_t>(channel)] = {
        channel_capacity(use.capacity, office.channels, channel, use.released_percent),
        units_booked(taken.booked, office.step, channel)};
  return use;
}

std::vector<Overbooked> overbooked(const OfficeCalendar& office, domain::LocalDate day, const DayTaken& taken) {
  std::vector<Overbooked> found;
  if (office.step <= seconds{0}) return found;
  const DeskPlan& plan = plan_of(office, day);
  const DayDesks desks = day_desks(plan, taken.desk_changes);
  for (const auto& interval : plan.hours)
    for (seconds start = interval.opens; start + office.step <= interval.closes; start += office.step) {
      const int booked = most_at_once(taken.booked, start, start + office.step);
      const int serving = desks.most - most_at_once(desks.unstaffed, start, start + office.step);
      if (booked > serving) found.push_back({start, booked, serving});
    }
  return found;
}

}  // namespace civiq::booking
