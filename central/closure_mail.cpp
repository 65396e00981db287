// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "closure_mail.hpp"

#include <map>

#include "mail_texts.hpp"

namespace civiq::central {
namespace {

struct ClosureTexts {
  const char* intro;   // before the reason
  const char* reason;  // its label
  const char* again;   // before the link to book again
};

const std::map<std::string, ClosureTexts, std::less<>> kClosureTexts{
    {"de",
     {"Das Büro bleibt an diesem Tag geschlossen. Wir mussten Ihren Termin deshalb leider absagen.", "Grund",
      "Einen neuen Termin können Sie hier buchen:"}},
    {"en",
     {"The office is closed on that day, so we had to cancel your appointment. We are sorry.", "Reason",
      "You can book a new appointment here:"}},
    {"pl",
     {"Urząd jest w tym dniu zamknięty, dlatego musieliśmy niestety odwołać Państwa wizytę.", "Powód",
      "Nowy termin można zarezerwować tutaj:"}},
    {"cs",
     {"Úřad je v tento den zavřený, proto jsme Váš termín bohužel museli zrušit.", "Důvod",
      "Nový termín si můžete rezervovat zde:"}},
};

const ClosureTexts& closure_texts(const std::string& language) {
  const auto it = kClosureTexts.find(language);
  return it != kClosureTexts.end() ? it->second : kClosureTexts.at("de");
}

}  // namespace

OutgoingMail closure_mail(const CountyConfig& county, const StoredBooking& booking, const std::string& reason,
                          domain::TimePoint now) {
  const ClosureTexts& t = closure_texts(booking.language);
  const std::string booking_pages = county.public_url + "/booking/";
  const bool had_calendar_entry = !booking.code.empty();  // confirmed: its confirmation carried one
  OutgoingMail mail = cancellation_mail(booking, appointment_words(county, booking),
                                        appointment_calendar(county, booking, booking_pages, now));
  if (!had_calendar_entry) {
    mail.attachment.reset();
    const auto code_line = mail.body.rfind("\n    \n");
    if (code_line != std::string::npos && code_line + 6 == mail.body.size()) mail.body.resize(code_line + 1);
  }
  mail.body = std::string(t.intro) + "\n" + t.reason + ": " + reason + "\n\n" + mail.body + "\n" + t.again + "\n" +
              booking_pages + "\n";
  return mail;
}

}  // namespace civiq::central
