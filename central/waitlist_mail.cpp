// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "waitlist_mail.hpp"

#include <map>

namespace civiq::central {
namespace {

struct OfferTexts {
  const char* subject;
  const char* intro;     // before the earlier time
  const char* action;    // before the link
  const char* deadline;  // before the local time the offer ends
  const char* booked;    // before the appointment they have
  const char* nothing;   // when they do nothing
};

const std::map<std::string, OfferTexts, std::less<>> kOfferTexts{
    {"de",
     {"Ein früherer Termin ist frei", "Ein früherer Termin ist frei geworden. Wir halten ihn für Sie:",
      "Wenn Sie ihn möchten, öffnen Sie diese Seite und tippen Sie auf „Früheren Termin übernehmen“:",
      "Das Angebot gilt bis", "Ihr jetziger Termin:",
      "Tun Sie nichts, bleibt Ihr jetziger Termin, und der frühere geht an andere."}},
    {"en",
     {"An earlier appointment is free", "An earlier appointment has become free. We are holding it for you:",
      "If you want it, open this page and tap \"Take the earlier appointment\":", "The offer stands until",
      "Your current appointment:", "If you do nothing, you keep your current appointment and the earlier one goes to others."}},
    {"pl",
     {"Wolny jest wcześniejszy termin", "Zwolnił się wcześniejszy termin. Trzymamy go dla Ciebie:",
      "Jeśli go chcesz, otwórz tę stronę i dotknij „Przyjmij wcześniejszy termin”:", "Oferta jest ważna do",
      "Twój obecny termin:", "Jeśli nic nie zrobisz, zachowasz obecny termin, a wcześniejszy otrzymają inni."}},
    {"cs",
     {"Je volný dřívější termín", "Uvolnil se dřívější termín. Držíme ho pro vás:",
      "Pokud ho chcete, otevřete tuto stránku a klepněte na „Převzít dřívější termín“:", "Nabídka platí do",
      "Váš současný termín:", "Pokud nic neuděláte, zůstane vám současný termín a dřívější dostanou jiní."}},
};

}  // namespace

OutgoingMail waitlist_offer_mail(const StoredBooking& booking, const AppointmentWords& booked,
                                 const std::string& offered, const std::string& claim_by, const std::string& link) {
  const auto found = kOfferTexts.find(booking.language);
  const OfferTexts& t = found != kOfferTexts.end() ? found->second : kOfferTexts.at("de");
  return {booking.email, t.subject,
          std::string(t.intro) + "\n\n    " + offered + "\n    " + booked.office + "\n    " + booked.services +
              "\n\n" + t.action + "\n\n" + link + "\n\n" + t.deadline + " " + claim_by + ".\n\n" + t.booked + " " +
              booked.when + "\n" + t.nothing + "\n",
          std::nullopt};
}

}  // namespace civiq::central
