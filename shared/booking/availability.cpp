// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "availability.hpp"

#include <algorithm>

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

// `slots` as far as `service`'s own desk limit allows (OfficeCalendar::service_desks).
std::vector<FreeSlot> limited_by_service(const OfficeCalendar& office, const DeskPlan& plan, domain::ServiceId service,
                                         seconds length, const std::vector<BookedSpan>& booked,
                                         std::vector<FreeSlot> slots) {
  const auto limit = office.service_desks.find(service);
  if (limit == office.service_desks.end()) return slots;
  std::vector<BookedSpan> same_service;
  for (const auto& span : booked)
    if (span.service == service) same_service.push_back(span);
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

}  // namespace

std::vector<DayOffer> bookable_slots(const OfficeCalendar& office, seconds length, domain::LocalDate first,
                                     domain::LocalDate last, const std::map<domain::LocalDate, std::vector<BookedSpan>>& booked,
                                     domain::LocalDateTime now, Channel channel, domain::ServiceId service) {
  std::vector<DayOffer> offers;
  if (office.step <= seconds{0} || length <= seconds{0}) return offers;
  const auto hours = hours_of(office);
  const std::vector<BookedSpan> none;
  for (sys_days day = sys_days{first}; day <= sys_days{last}; day += days{1}) {
    const domain::LocalDate date{day};
    if (!bookable_day(hours, office.closed_days, date)) continue;
    const auto& plan = office.week[static_cast<std::size_t>((weekday{day} - Monday).count())];
    const auto found = booked.find(date);
    const auto& that_day = found != booked.end() ? found->second : none;
    const int quota = channel_capacity(day_capacity(plan.hours, office.step, plan.desks), office.channels, channel,
                                       released_percent(office.release, date, now));
    if (units_booked(that_day, office.step, channel) + units_of(length, office.step) > quota) continue;
    DayOffer offer{date, {}};
    for (const auto& slot : limited_by_service(office, plan, service, length, that_day,
                                               free_slots(plan.hours, office.step, length, plan.desks, that_day)))
      if (before_lead(office.release, date, slot.start, now)) offer.slots.push_back(slot);
    if (!offer.slots.empty()) offers.push_back(std::move(offer));
  }
  return offers;
}

DayUse day_use(const OfficeCalendar& office, domain::LocalDate day, const std::vector<BookedSpan>& booked,
               domain::LocalDateTime now) {
  DayUse use{day, bookable_day(hours_of(office), office.closed_days, day), 0, 0, {}};
  if (!use.open || office.step <= seconds{0}) return use;
  const auto& plan = office.week[static_cast<std::size_t>((weekday{sys_days{day}} - Monday).count())];
  use.capacity = day_capacity(plan.hours, office.step, plan.desks);
  use.released_percent = released_percent(office.release, day, now);
  for (const auto channel : kChannels)
    use.channels[static_cast<std::size_t>(channel)] = {
        channel_capacity(use.capacity, office.channels, channel, use.released_percent),
        units_booked(booked, office.step, channel)};
  return use;
}

}  // namespace civiq::booking
