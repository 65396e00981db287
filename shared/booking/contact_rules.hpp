// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The rules that keep one person from hoarding appointments: an e-mail address is compared in its
// normal form (case folded; "+tag" and, at Gmail, dots in the local part ignored), and one address
// holds at most `max_active` active bookings per service. A name changed on a booking cancels it
// (Berlin's rule against reselling appointments: the slot was booked for somebody else). Pure.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace civiq::booking {

// "Anna.Schmidt+amt@GoogleMail.com" -> "annaschmidt@gmail.com"; nullopt for what is no address
// (no "@", an empty part, spaces or control characters, longer than RFC 5321's 254 characters).
[[nodiscard]] std::optional<std::string> normalised_email(std::string_view address);

struct ActiveBooking {
  std::string normalised_email;
  int service_id = 0;
};

// Whether `address` (normalised) may book `service_id` again, with `active` the bookings not yet
// served, cancelled or expired.
[[nodiscard]] bool within_address_limit(const std::vector<ActiveBooking>& active, const std::string& address,
                                        int service_id, int max_active);

// Whether a new name on a booking is a change of person (which cancels the booking) rather than a
// correction: compared without case, surrounding and repeated spaces.
[[nodiscard]] bool another_person(std::string_view booked_name, std::string_view new_name);

}  // namespace civiq::booking
