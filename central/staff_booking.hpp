// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Staff booking for the other channels, and the office's availability (issue #15: quotas per
// channel, staff routes for availability). A manager books for a caller (phone) or a citizen at the
// counter within that channel's share of the day (shared/booking/channels.hpp), sees per day how
// much each channel may book and has booked, and changes how many desks take appointments for a
// while on a day. Each checks on the server that the signed-in staff member manages the office.
// No HTTP here. Thread rule: stateless.
#include <cstddef>
#include <string>
#include <variant>

#include "booking_desk.hpp"
#include "staff_access.hpp"

namespace civiq::central {

// The most days one availability answer covers.
inline constexpr int kMaxAvailabilityDays = 62;
// A desk change's reason is for the staff ("Schulung"): one short line, or none.
inline constexpr std::size_t kMaxDeskReasonCharacters = 200;

[[nodiscard]] std::variant<protocol::BookingView, Refusal> staff_book(const CountyConfig& county, BookingStore& store,
                                                                      const StaffPrincipal& who,
                                                                      const protocol::StaffBookingRequest& request,
                                                                      domain::TimePoint now);

// `from` and `to` as a query gives them ("2026-12-08"; `to` empty: the same day as `from`).
[[nodiscard]] std::variant<protocol::StaffAvailability, Refusal> office_availability(
    const CountyConfig& county, BookingStore& store, const StaffPrincipal& who, const std::string& office,
    const std::string& from, const std::string& to, domain::TimePoint now);

// From `request.from` to `request.to` on its day (today or later), `request.desks` desks take
// appointments (0: none; more than usual: an extra desk). The search offers what they can take from
// now on; bookings made stay, and the answer lists where they now need more desks than there are.
[[nodiscard]] std::variant<protocol::DeskChange, Refusal> change_desks(const CountyConfig& county, BookingStore& store,
                                                                       const StaffPrincipal& who,
                                                                       const protocol::DeskChangeRequest& request,
                                                                       domain::TimePoint now);
// The office's desk changes from `from` (a date; empty: today) on.
[[nodiscard]] std::variant<protocol::DeskChangeList, Refusal> office_desk_changes(
    const CountyConfig& county, BookingStore& store, const StaffPrincipal& who, const std::string& office,
    const std::string& from, domain::TimePoint now);
// Takes the desk change `id` back: the day has the desks it had without it.
[[nodiscard]] std::variant<protocol::DeskChange, Refusal> undo_desk_change(BookingStore& store,
                                                                           const StaffPrincipal& who,
                                                                           const std::string& id);

}  // namespace civiq::central
