// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "reminder_rules.hpp"

#include <algorithm>

namespace civiq::central {

domain::TimePoint appointment_begins(const StoredBooking& booking) {
  return domain::from_berlin(booking.day, booking.start);
}

bool reminder_due(const StoredBooking& booking, std::chrono::hours lead, domain::TimePoint now) {
  if (lead <= std::chrono::hours{0} || booking.status != "confirmed" || booking.reminded_at || !booking.booked_at)
    return false;
  const domain::TimePoint begins = appointment_begins(booking);
  const domain::TimePoint remind_at = begins - lead;
  return *booking.booked_at < remind_at && remind_at <= now && now < begins;
}

std::optional<std::chrono::hours> release_before(const CountyConfig& county,
                                                 const std::vector<domain::ServiceId>& services) {
  std::optional<std::chrono::hours> longest;
  for (const auto id : services) {
    const BookableService* service = county.find_service(id);
    if (service && service->release_unconfirmed)
      longest = std::max(longest.value_or(std::chrono::hours{0}), *service->release_unconfirmed);
  }
  return longest;
}

std::optional<domain::TimePoint> release_deadline(const StoredBooking& booking, domain::TimePoint reminded_at,
                                                  std::chrono::hours lead, std::chrono::hours release) {
  const domain::TimePoint begins = appointment_begins(booking);
  const domain::TimePoint deadline = std::max(begins - release, reminded_at + (lead - release));
  if (deadline >= begins) return std::nullopt;
  return deadline;
}

bool release_due(const StoredBooking& booking, std::chrono::hours lead, std::chrono::hours release,
                 domain::TimePoint now) {
  if (booking.status != "confirmed" || !booking.reminded_at || booking.attendance_confirmed_at) return false;
  const auto deadline = release_deadline(booking, *booking.reminded_at, lead, release);
  return deadline && *deadline <= now && now < appointment_begins(booking);
}

}  // namespace civiq::central
