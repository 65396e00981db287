// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The words of central booking's mails, in German, English, Polish and Czech (German for any other
// language): the activation mail with its link, the confirmation with the booking code and the
// manage link, and the cancellation.
// Thread rule: stateless.
#include <string>
#include <vector>

#include "booking_store.hpp"
#include "county_config.hpp"

namespace civiq::central {

// What a mail says about the appointment: where, when, for what.
struct AppointmentWords {
  std::string office;    // name and address
  std::string when;      // "15.12.2026, 09:15"
  std::string services;  // "Kfz-Zulassung, Wohngeld"
};

[[nodiscard]] AppointmentWords appointment_words(const CountyConfig& county, const StoredBooking& booking);

// `link`: the page that confirms the booking (a POST from it: a scanner following the link
// changes nothing). `activate_by`: local time it must happen by ("15.12.2026, 09:30").
[[nodiscard]] OutgoingMail activation_mail(const StoredBooking& booking, const AppointmentWords& words,
                                           const std::string& link, const std::string& activate_by);

// With the link that shows the booking and offers to cancel it.
[[nodiscard]] OutgoingMail confirmation_mail(const StoredBooking& booking, const AppointmentWords& words,
                                             const std::string& manage_link);

[[nodiscard]] OutgoingMail cancellation_mail(const StoredBooking& booking, const AppointmentWords& words);

// "15.12.2026, 09:15" for an office's local date and time of day.
[[nodiscard]] std::string local_when(domain::LocalDate day, std::chrono::seconds time_of_day);

}  // namespace civiq::central
