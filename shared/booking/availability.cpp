// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "availability.hpp"

namespace civiq::booking {
namespace {

using namespace std::chrono;

domain::OpeningHours hours_of(const OfficeCalendar& office) {
  domain::OpeningHours hours;
  for (std::size_t day = 0; day < office.week.size(); ++day)
    if (office.week[day].desks > 0) hours.by_weekday[day] = office.week[day].hours;
  return hours;
}

// Appointments of `step` a day's bookings take: a 40-minute visit on a 15-minute grid takes three.
int units_booked(const std::vector<BookedSpan>& booked, seconds step) {
  int units = 0;
  for (const auto& span : booked) units += static_cast<int>((span.length + step - seconds{1}) / step);
  return units;
}

}  // namespace

std::vector<DayOffer> bookable_slots(const OfficeCalendar& office, seconds length, domain::LocalDate first,
                                     domain::LocalDate last, const std::map<domain::LocalDate, std::vector<BookedSpan>>& booked,
                                     domain::LocalDateTime now) {
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
    const int released = released_capacity(day_capacity(plan.hours, office.step, plan.desks),
                                           released_percent(office.release, date, now));
    const int needed = units_booked({{seconds{0}, length}}, office.step);
    if (units_booked(that_day, office.step) + needed > released) continue;
    DayOffer offer{date, {}};
    for (const auto& slot : free_slots(plan.hours, office.step, length, plan.desks, that_day))
      if (before_lead(office.release, date, slot.start, now)) offer.slots.push_back(slot);
    if (!offer.slots.empty()) offers.push_back(std::move(offer));
  }
  return offers;
}

}  // namespace civiq::booking
