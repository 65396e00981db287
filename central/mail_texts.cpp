// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "mail_texts.hpp"

#include <algorithm>
#include <map>

#include "domain/local_time_text.hpp"
#include "ical.hpp"

namespace civiq::central {
namespace {

struct Texts {
  const char* activation_subject;
  const char* activation_intro;   // before the appointment
  const char* activation_action;  // before the link; %s-free
  const char* activation_until;   // before the deadline
  const char* confirmation_subject;
  const char* confirmation_intro;
  const char* code;               // before the booking code
  const char* bring;              // the closing line
  const char* manage;             // before the manage link
  const char* cancelled_subject;
  const char* cancelled_intro;
  const char* when;
  const char* where;
  const char* what;
  const char* moved_subject;
  const char* moved_intro;
  const char* previously;  // before the time the appointment had
  const char* code_label;  // before the code in the calendar entry
};

const std::map<std::string, Texts, std::less<>> kTexts{
    {"de",
     {"Bitte bestätigen Sie Ihren Termin", "Sie haben diesen Termin vorgemerkt:",
      "Er gilt erst, wenn Sie ihn bestätigen. Öffnen Sie dazu diese Seite und tippen Sie auf „Termin bestätigen“:",
      "Ohne Bestätigung verfällt die Vormerkung am", "Ihr Termin ist gebucht", "Ihr Termin ist gebucht:",
      "Ihre Buchungsnummer (am Kiosk eingeben oder den QR-Code zeigen):",
      "Bitte bringen Sie Ihre Unterlagen mit. Wir freuen uns auf Sie.",
      "Termin ansehen, verschieben oder absagen:", "Ihr Termin ist abgesagt", "Dieser Termin ist abgesagt:", "Wann",
      "Wo", "Anliegen", "Ihr Termin wurde verschoben", "Ihr Termin wurde verschoben. Er ist jetzt:", "Bisher",
      "Buchungsnummer"}},
    {"en",
     {"Please confirm your appointment", "You have reserved this appointment:",
      "It counts only once you confirm it. Open this page and tap \"Confirm appointment\":",
      "Without confirmation the reservation ends on", "Your appointment is booked", "Your appointment is booked:",
      "Your booking code (enter it at the kiosk or show the QR code):",
      "Please bring your documents. We look forward to seeing you.",
      "See, move or cancel your appointment:", "Your appointment is cancelled", "This appointment is cancelled:",
      "When", "Where", "For", "Your appointment was moved", "Your appointment was moved. It is now:", "Previously",
      "Booking code"}},
    {"pl",
     {"Prosimy potwierdzić wizytę", "Zarezerwowali Państwo tę wizytę:",
      "Będzie ważna dopiero po potwierdzeniu. Proszę otworzyć tę stronę i nacisnąć „Potwierdź wizytę”:",
      "Bez potwierdzenia rezerwacja wygasa", "Wizyta została zarezerwowana", "Wizyta została zarezerwowana:",
      "Numer rezerwacji (do wpisania w kiosku lub kod QR):", "Prosimy zabrać ze sobą dokumenty.",
      "Zobacz, zmień lub odwołaj wizytę:", "Wizyta została odwołana", "Ta wizyta została odwołana:", "Kiedy",
      "Gdzie", "Sprawa", "Termin wizyty został zmieniony", "Termin wizyty został zmieniony. Nowy termin:",
      "Poprzednio", "Numer rezerwacji"}},
    {"cs",
     {"Potvrďte prosím svůj termín", "Zarezervovali jste si tento termín:",
      "Platí až po potvrzení. Otevřete tuto stránku a klepněte na „Potvrdit termín“:",
      "Bez potvrzení rezervace vyprší", "Váš termín je rezervován", "Váš termín je rezervován:",
      "Vaše číslo rezervace (zadejte v kiosku nebo ukažte QR kód):", "Vezměte si prosím s sebou doklady.",
      "Zobrazit, přesunout nebo zrušit termín:", "Váš termín je zrušen", "Tento termín je zrušen:", "Kdy", "Kde",
      "Záležitost", "Váš termín byl přesunut", "Váš termín byl přesunut. Nový termín:", "Dříve",
      "Číslo rezervace"}},
};

const Texts& texts(const std::string& language) {
  const auto it = kTexts.find(language);
  return it != kTexts.end() ? it->second : kTexts.at("de");
}

std::string appointment_block(const Texts& t, const AppointmentWords& words) {
  return std::string(t.when) + ": " + words.when + "\n" + t.where + ": " + words.office + "\n" + t.what + ": " +
         words.services + "\n";
}

}  // namespace

std::string local_when(domain::LocalDate day, std::chrono::seconds time_of_day) {
  const auto two = [](unsigned value) { return (value < 10 ? "0" : "") + std::to_string(value); };
  return two(static_cast<unsigned>(day.day())) + "." + two(static_cast<unsigned>(day.month())) + "." +
         std::to_string(static_cast<int>(day.year())) + ", " + domain::format_time_of_day(time_of_day);
}

std::string appointment_lines(const std::string& language, const AppointmentWords& words) {
  return appointment_block(texts(language), words);
}

AppointmentWords appointment_words(const CountyConfig& county, const StoredBooking& booking) {
  AppointmentWords words;
  const BookingOffice* office = county.find_office(booking.office_id);
  words.office = office ? office->name + (office->address.empty() ? "" : ", " + office->address) : booking.office_id;
  words.when = local_when(booking.day, booking.start);
  for (const auto id : booking.services) {
    const BookableService* service = county.find_service(id);
    words.services += (words.services.empty() ? "" : ", ") +
                      (service ? service->name(booking.language) : std::to_string(id.value));
  }
  return words;
}

OutgoingMail activation_mail(const StoredBooking& booking, const AppointmentWords& words, const std::string& link,
                             const std::string& activate_by) {
  const Texts& t = texts(booking.language);
  return {booking.email, t.activation_subject,
          std::string(t.activation_intro) + "\n\n" + appointment_block(t, words) + "\n" + t.activation_action + "\n\n" +
              link + "\n\n" + t.activation_until + " " + activate_by + ".\n",
          std::nullopt};
}

OutgoingMail confirmation_mail(const StoredBooking& booking, const AppointmentWords& words,
                               const std::string& manage_link, MailAttachment calendar) {
  const Texts& t = texts(booking.language);
  return {booking.email, t.confirmation_subject,
          std::string(t.confirmation_intro) + "\n\n" + appointment_block(t, words) + "\n" + t.code + "\n\n    " +
              booking.code + "\n\n" + t.bring + "\n\n" + t.manage + "\n" + manage_link + "\n",
          std::move(calendar), booking.code};
}

OutgoingMail rebook_mail(const StoredBooking& booking, const AppointmentWords& words, const std::string& before,
                         const std::string& manage_link, MailAttachment calendar) {
  const Texts& t = texts(booking.language);
  return {booking.email, t.moved_subject,
          std::string(t.moved_intro) + "\n\n" + appointment_block(t, words) + t.previously + ": " + before + "\n\n" +
              t.code + "\n\n    " + booking.code + "\n\n" + t.bring + "\n\n" + t.manage + "\n" + manage_link + "\n",
          std::move(calendar), booking.code};
}

OutgoingMail cancellation_mail(const StoredBooking& booking, const AppointmentWords& words, MailAttachment calendar) {
  const Texts& t = texts(booking.language);
  return {booking.email, t.cancelled_subject,
          std::string(t.cancelled_intro) + "\n\n" + appointment_block(t, words) + "\n    " + booking.code + "\n",
          std::move(calendar)};
}

std::string public_host(const std::string& url) {
  const auto scheme = url.find("://");
  std::string_view rest(url);
  if (scheme != std::string::npos) rest.remove_prefix(scheme + 3);
  const auto end = rest.starts_with('[') ? rest.find(']') + 1 : rest.find_first_of(":/?#");
  const auto host = rest.substr(0, std::min(end, rest.size()));
  return host.empty() ? "civiq" : std::string(host);
}

MailAttachment appointment_calendar(const CountyConfig& county, const StoredBooking& booking,
                                    const std::string& manage_link, domain::TimePoint now) {
  const Texts& t = texts(booking.language);
  const BookingOffice* office = county.find_office(booking.office_id);
  const AppointmentWords words = appointment_words(county, booking);
  CalendarEvent event;
  event.uid = booking.id + "@" + public_host(county.public_url);
  event.sequence = booking.calendar_sequence;
  event.stamp = now;
  event.start = domain::from_berlin(booking.day, booking.start);
  event.end = event.start + booking.length;
  event.summary = words.services + " – " + (office ? office->name : booking.office_id);
  event.location = office && !office->address.empty() ? office->address : words.office;
  event.description = std::string(t.code_label) + ": " + booking.code + "\n" + t.manage + " " + manage_link;
  event.organizer = county.mail_from;
  event.attendee = booking.email;
  const bool cancelled = booking.status == "cancelled";
  return {"termin.ics",
          std::string("text/calendar; method=") + (cancelled ? "CANCEL" : "REQUEST") + "; charset=UTF-8",
          ical_calendar(cancelled ? CalendarMethod::Cancel : CalendarMethod::Request, event)};
}

}  // namespace civiq::central
