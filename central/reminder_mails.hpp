// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The reminder's mails, in German, English, Polish and Czech (German for any other language): the
// reminder some hours before the appointment, which asks the citizen to say "I will come" or to
// cancel on the manage page, and the mail about a booking released because nobody said so in time.
// Thread rule: stateless.
#include <optional>
#include <string>

#include "booking_store.hpp"
#include "mail_texts.hpp"

namespace civiq::central {

// The appointment, its code and `manage_link` (a fresh link to the manage page). `confirm_by`: the
// local time ("14.12.2026, 09:15") a confirmation must come by, when the visit's services release
// unconfirmed bookings. A booking whose citizen said already that they will come is thanked instead
// of asked.
[[nodiscard]] OutgoingMail reminder_mail(const StoredBooking& booking, const AppointmentWords& words,
                                         const std::string& manage_link, const std::optional<std::string>& confirm_by);

// The booking was cancelled because nobody confirmed it by `deadline` (local time); with the
// cancelled calendar entry (METHOD:CANCEL) and the page to book anew.
[[nodiscard]] OutgoingMail release_mail(const StoredBooking& booking, const AppointmentWords& words,
                                        const std::string& deadline, const std::string& booking_page,
                                        MailAttachment calendar);

}  // namespace civiq::central
