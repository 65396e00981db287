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

Visit visit_of(const CountyConfig& county, const std::vector<domain::ServiceId>& services, booking::Channel channel) {
  return {visit_length(county, services), services, channel};
}

Visit visit_of(const StoredBooking& booking) {
  return {booking.length, booking.services};
}

std::vector<booking::DayOffer> offers(const BookingOffice& office, const Visit& visit, domain::LocalDate first,
                                      domain::LocalDate last, const BookedDays& taken,
                                      const std::set<domain::LocalDate>& closed, domain::TimePoint now) {
  auto days = booking::bookable_slots(office.calendar, visit.length, first, last, taken, domain::to_berlin(now),
                                      visit.channel, visit.services);
  std::erase_if(days, [&](const booking::DayOffer& day) { return closed.contains(day.day); });
  return days;
}

bool offers_slot(const BookingOffice& office, const Visit& visit, domain::LocalDate day, seconds start,
                 const booking::DayTaken& taken, domain::TimePoint now) {
  const auto days = offers(office, visit, day, day, {{day, taken}}, {}, now);
  return !days.empty() && std::any_of(days.front().slots.begin(), days.front().slots.end(),
                                      [&](const booking::FreeSlot& slot) { return slot.start == start; });
}

}  // namespace civiq::central
