// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "reminder_mails.hpp"

#include <map>

namespace civiq::central {
namespace {

struct ReminderTexts {
  const char* subject;
  const char* intro;             // before the appointment
  const char* code;              // before the booking code
  const char* ask;               // before the manage link: come or cancel
  const char* deadline;          // with {when}: the booking goes unless confirmed by then
  const char* attending;         // before the manage link, once the citizen said they will come
  const char* released_subject;  // the booking went for want of a confirmation
  const char* released_intro;    // with {when}, before the appointment
  const char* book_again;        // before the booking page
};

const std::map<std::string, ReminderTexts, std::less<>> kReminderTexts{
    {"de",
     {"Erinnerung an Ihren Termin", "Wir erinnern Sie an Ihren Termin:", "Ihre Buchungsnummer:",
      "Kommen Sie? Bitte bestätigen Sie es auf dieser Seite mit „Ich komme“ – oder sagen Sie den Termin dort ab, "
      "damit ihn jemand anderes bekommt:",
      "Ohne Bestätigung bis {when} wird der Termin abgesagt und für andere frei.",
      "Sie haben schon bestätigt, dass Sie kommen – danke. Falls Sie doch nicht können, sagen Sie den Termin bitte "
      "hier ab:",
      "Ihr Termin ist abgesagt",
      "Sie haben Ihren Termin nicht bis {when} bestätigt. Er ist deshalb abgesagt und für andere frei:",
      "Einen neuen Termin können Sie hier buchen:"}},
    {"en",
     {"Reminder of your appointment", "This is a reminder of your appointment:", "Your booking code:",
      "Will you come? Please confirm it on this page with \"I will come\", or cancel the appointment there so that "
      "someone else can have it:",
      "Without a confirmation by {when} the appointment will be cancelled and given to others.",
      "You have confirmed already that you will come. Thank you. If you cannot come after all, please cancel here:",
      "Your appointment is cancelled",
      "You did not confirm your appointment by {when}. It has therefore been cancelled and is free for others:",
      "You are welcome to book a new appointment here:"}},
    {"pl",
     {"Przypomnienie o wizycie", "Przypominamy o Państwa wizycie:", "Numer rezerwacji:",
      "Czy Państwo przyjdą? Prosimy potwierdzić to na tej stronie przyciskiem „Przyjdę” albo tam odwołać wizytę, "
      "aby mógł ją otrzymać ktoś inny:",
      "Bez potwierdzenia do {when} wizyta zostanie odwołana i udostępniona innym.",
      "Potwierdzili już Państwo, że przyjdą – dziękujemy. Jeśli jednak nie mogą Państwo przyjść, prosimy odwołać "
      "wizytę tutaj:",
      "Wizyta została odwołana",
      "Nie potwierdzili Państwo wizyty do {when}. Dlatego została odwołana i jest wolna dla innych:",
      "Nową wizytę można zarezerwować tutaj:"}},
    {"cs",
     {"Připomínka vašeho termínu", "Připomínáme vám váš termín:", "Vaše číslo rezervace:",
      "Přijdete? Potvrďte to prosím na této stránce tlačítkem „Přijdu“, nebo tam termín zrušte, aby ho mohl dostat "
      "někdo jiný:",
      "Bez potvrzení do {when} bude termín zrušen a uvolněn pro ostatní.",
      "Už jste potvrdili, že přijdete – děkujeme. Pokud přece jen nemůžete přijít, zrušte prosím termín zde:",
      "Váš termín je zrušen", "Termín jste nepotvrdili do {when}. Proto byl zrušen a je volný pro ostatní:",
      "Nový termín si můžete zarezervovat zde:"}},
};

const ReminderTexts& texts(const std::string& language) {
  const auto found = kReminderTexts.find(language);
  return found != kReminderTexts.end() ? found->second : kReminderTexts.at("de");
}

std::string with_when(std::string text, const std::string& when) {
  const auto at = text.find("{when}");
  return at == std::string::npos ? text : text.replace(at, 6, when);
}

}  // namespace

OutgoingMail reminder_mail(const StoredBooking& booking, const AppointmentWords& words, const std::string& manage_link,
                           const std::optional<std::string>& confirm_by) {
  const ReminderTexts& t = texts(booking.language);
  const bool attending = booking.attendance_confirmed_at.has_value();
  std::string body = std::string(t.intro) + "\n\n" + appointment_lines(booking.language, words) + "\n" + t.code + " " +
                     booking.code + "\n\n" + (attending ? t.attending : t.ask) + "\n\n" + manage_link + "\n";
  if (confirm_by && !attending) body += "\n" + with_when(t.deadline, *confirm_by) + "\n";
  return {booking.email, t.subject, body, std::nullopt, booking.code};  // the code to show at the kiosk
}

OutgoingMail release_mail(const StoredBooking& booking, const AppointmentWords& words, const std::string& deadline,
                          const std::string& booking_page, MailAttachment calendar) {
  const ReminderTexts& t = texts(booking.language);
  return {booking.email, t.released_subject,
          with_when(t.released_intro, deadline) + "\n\n" + appointment_lines(booking.language, words) + "\n    " +
              booking.code + "\n\n" + t.book_again + "\n" + booking_page + "\n",
          std::move(calendar)};
}

}  // namespace civiq::central
