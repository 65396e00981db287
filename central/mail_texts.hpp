// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The words of central booking's mails, in German, English, Polish and Czech (German for any other
// language): the activation mail with its link, the confirmation with the booking code and the
// manage link, the move to another slot, and the cancellation; the last three carry the appointment
// as an iCalendar attachment.
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

// "Wann: …\nWo: …\nAnliegen: …\n" in `language` (German for any other): the appointment as every
// mail about it names it.
[[nodiscard]] std::string appointment_lines(const std::string& language, const AppointmentWords& words);

// `link`: the page that confirms the booking (a POST from it: a scanner following the link
// changes nothing). `activate_by`: local time it must happen by ("15.12.2026, 09:30").
[[nodiscard]] OutgoingMail activation_mail(const StoredBooking& booking, const AppointmentWords& words,
                                           const std::string& link, const std::string& activate_by);

// With the link that shows the booking and offers to move or cancel it, and the appointment as
// termin.ics (appointment_calendar).
[[nodiscard]] OutgoingMail confirmation_mail(const StoredBooking& booking, const AppointmentWords& words,
                                             const std::string& manage_link, MailAttachment calendar);

// The booking moved to another slot; `before`: when it was ("15.12.2026, 09:15").
[[nodiscard]] OutgoingMail rebook_mail(const StoredBooking& booking, const AppointmentWords& words,
                                       const std::string& before, const std::string& manage_link,
                                       MailAttachment calendar);

[[nodiscard]] OutgoingMail cancellation_mail(const StoredBooking& booking, const AppointmentWords& words,
                                             MailAttachment calendar);

// The appointment as termin.ics (central/ical.hpp) in the booking's language: METHOD:REQUEST while it
// is booked, METHOD:CANCEL once cancelled. Its UID is the booking's id at the public host, so every
// mail about the booking names the same calendar entry; SEQUENCE is the booking's calendar_sequence
// (0 when booked, one more at every move or cancellation), so calendars take the newest.
[[nodiscard]] MailAttachment appointment_calendar(const CountyConfig& county, const StoredBooking& booking,
                                                  const std::string& manage_link, domain::TimePoint now);

// The host of a URL ("https://termine.example.org/x" -> "termine.example.org"); "civiq" when none.
[[nodiscard]] std::string public_host(const std::string& url);

// "15.12.2026, 09:15" for an office's local date and time of day.
[[nodiscard]] std::string local_when(domain::LocalDate day, std::chrono::seconds time_of_day);

}  // namespace civiq::central
