// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_slots.hpp"

#include <algorithm>

#include "booking/slots.hpp"

namespace civiq::central {

using namespace std::chrono;

seconds visit_length(const CountyConfig& county, const std::vector<domain::ServiceId>& services) {
  std::vector<booking::ServiceLength> lengths;
  for (const auto id : services) lengths.push_back({county.find_service(id)->length, 1});
  return booking::visit_length(lengths);
}

std::vector<booking::DayOffer> offers(const BookingOffice& office, seconds length, domain::LocalDate first,
                                      domain::LocalDate last, const BookedDays& taken,
                                      const std::set<domain::LocalDate>& closed, domain::TimePoint now,
                                      booking::Channel channel) {
  auto days = booking::bookable_slots(office.calendar, length, first, last, taken, domain::to_berlin(now), channel);
  std::erase_if(days, [&](const booking::DayOffer& day) { return closed.contains(day.day); });
  return days;
}

bool offers_slot(const BookingOffice& office, seconds length, domain::LocalDate day, seconds start,
                 const std::vector<booking::BookedSpan>& taken, domain::TimePoint now, booking::Channel channel) {
  const auto days = offers(office, length, day, day, {{day, taken}}, {}, now, channel);
  return !days.empty() && std::any_of(days.front().slots.begin(), days.front().slots.end(),
                                      [&](const booking::FreeSlot& slot) { return slot.start == start; });
}

}  // namespace civiq::central
