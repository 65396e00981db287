// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Staff booking for the other channels, and the office's availability (issue #15: quotas per
// channel, staff routes for availability). A manager books for a caller (phone) or a citizen at the
// counter within that channel's share of the day (shared/booking/channels.hpp), and sees per day
// how much each channel may book and has booked. Both check on the server that the signed-in staff
// member manages the office. No HTTP here. Thread rule: stateless.
#include <string>
#include <variant>

#include "booking_desk.hpp"
#include "staff_access.hpp"

namespace civiq::central {

// The most days one availability answer covers.
inline constexpr int kMaxAvailabilityDays = 62;

[[nodiscard]] std::variant<protocol::BookingView, Refusal> staff_book(const CountyConfig& county, BookingStore& store,
                                                                      const StaffPrincipal& who,
                                                                      const protocol::StaffBookingRequest& request,
                                                                      domain::TimePoint now);

// `from` and `to` as a query gives them ("2026-12-08"; `to` empty: the same day as `from`).
[[nodiscard]] std::variant<protocol::StaffAvailability, Refusal> office_availability(
    const CountyConfig& county, BookingStore& store, const StaffPrincipal& who, const std::string& office,
    const std::string& from, const std::string& to, domain::TimePoint now);

}  // namespace civiq::central
