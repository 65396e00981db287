// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_texts.hpp"

#include <QLocale>
#include <array>

namespace civiq::kiosk {
namespace {

struct Text {
  const char* key;
  const char* de;
  const char* en;
  const char* pl;
  const char* cs;
};

// clang-format off
constexpr std::array kTexts{
    Text{"welcome", "Willkommen", "Welcome", "Witamy", "Vítejte"},
    Text{"chooseService", "Bitte wählen Sie Ihr Anliegen", "Please choose what you need", "Proszę wybrać sprawę", "Vyberte prosím svou záležitost"},
    Text{"appointment", "Ich habe einen Termin", "I have an appointment", "Mam umówioną wizytę", "Mám objednaný termín"},
    Text{"severalServices", "Mehrere Anliegen", "Several matters", "Kilka spraw", "Více záležitostí"},
    Text{"severalHint", "Wählen Sie alle Anliegen für diesen Besuch", "Choose everything for this visit", "Proszę wybrać wszystkie sprawy tej wizyty", "Vyberte všechny záležitosti této návštěvy"},
    Text{"takeNumber", "Nummer ziehen", "Take a number", "Pobierz numer", "Vzít si číslo"},
    Text{"back", "Zurück", "Back", "Wstecz", "Zpět"},
    Text{"done", "Fertig", "Done", "Gotowe", "Hotovo"},
    Text{"largeText", "Große Schrift", "Large text", "Duży tekst", "Velké písmo"},
    Text{"yourNumber", "Ihre Nummer", "Your number", "Twój numer", "Vaše číslo"},
    Text{"appointmentMark", "Termin", "Appointment", "Wizyta", "Termín"},
    Text{"peopleAhead", "Vor Ihnen: %1", "Ahead of you: %1", "Przed Tobą: %1", "Před vámi: %1"},
    Text{"nextInLine", "Sie sind als Nächste/r dran", "You are next", "Jesteś następny/następna", "Jste na řadě jako další"},
    Text{"printing", "Ihr Ticket wird gedruckt …", "Your ticket is printing …", "Bilet jest drukowany …", "Lístek se tiskne …"},
    Text{"printed", "Bitte nehmen Sie Ihr Ticket.", "Please take your ticket.", "Proszę zabrać bilet.", "Vezměte si prosím lístek."},
    Text{"printFailed", "Der Drucker ist gestört. Bitte fotografieren Sie die Nummer.", "The printer is out of order. Please take a photo of the number.", "Drukarka nie działa. Proszę zrobić zdjęcie numeru.", "Tiskárna nefunguje. Vyfoťte si prosím číslo."},
    Text{"scanHint", "Scannen: Ihre Nummer live auf dem Handy", "Scan: follow your number on your phone", "Zeskanuj: numer na żywo w telefonie", "Naskenujte: vaše číslo živě v mobilu"},
    Text{"watchDisplay", "Bitte achten Sie auf die Anzeige.", "Please watch the display.", "Proszę obserwować wyświetlacz.", "Sledujte prosím tabuli."},
    Text{"printerNotice", "Hinweis: Der Drucker ist gestört. Ihre Nummer erscheint auf dem Bildschirm.", "Note: the printer is out of order. Your number will be shown on screen.", "Uwaga: drukarka nie działa. Numer pojawi się na ekranie.", "Upozornění: tiskárna nefunguje. Číslo se zobrazí na obrazovce."},
    Text{"enterCode", "Buchungscode eingeben oder QR-Code scannen", "Type your booking code or scan its QR code", "Wpisz kod rezerwacji lub zeskanuj kod QR", "Zadejte kód rezervace nebo naskenujte QR kód"},
    Text{"checkIn", "Anmelden", "Check in", "Zgłoś się", "Přihlásit"},
    Text{"delete", "Löschen", "Delete", "Usuń", "Smazat"},
    Text{"working", "Einen Moment bitte …", "One moment please …", "Chwileczkę …", "Okamžik prosím …"},
    Text{"closedTitle", "Geschlossen", "Closed", "Zamknięte", "Zavřeno"},
    Text{"opensNext", "Wir öffnen wieder am %1 um %2 Uhr.", "We open again on %1 at %2.", "Otwieramy ponownie %1 o %2.", "Znovu otevíráme %1 v %2."},
    Text{"noOpening", "Die nächsten Öffnungszeiten finden Sie am Eingang.", "See the opening hours at the entrance.", "Godziny otwarcia znajdują się przy wejściu.", "Otevírací dobu najdete u vchodu."},
    Text{"unreachableTitle", "Der Automat ist gerade nicht verbunden", "This machine is offline at the moment", "Automat jest chwilowo niedostępny", "Automat je momentálně mimo provoz"},
    Text{"unreachable", "Bitte wenden Sie sich an den Schalter.", "Please go to the counter.", "Proszę zgłosić się do okienka.", "Obraťte se prosím na přepážku."},
    Text{"refusedTitle", "Das hat leider nicht geklappt", "That did not work", "Niestety to się nie udało", "To se bohužel nepovedlo"},
    Text{"unknownAppointment", "Diesen Buchungscode kennen wir nicht. Bitte prüfen Sie ihn oder wenden Sie sich an den Schalter.", "We do not know this booking code. Please check it or go to the counter.", "Nie znamy tego kodu rezerwacji. Proszę go sprawdzić lub zgłosić się do okienka.", "Tento kód rezervace neznáme. Zkontrolujte ho nebo se obraťte na přepážku."},
    Text{"cancelledAppointment", "Dieser Termin wurde abgesagt. Bitte ziehen Sie eine Nummer.", "This appointment was cancelled. Please take a number.", "Ta wizyta została odwołana. Proszę pobrać numer.", "Tento termín byl zrušen. Vezměte si prosím číslo."},
    Text{"notToday", "Ihr Termin ist nicht heute (%1).", "Your appointment is not today (%1).", "Twoja wizyta nie jest dzisiaj (%1).", "Váš termín není dnes (%1)."},
    Text{"tooEarly", "Zu früh: Die Anmeldung ist ab %1 Minuten vor Ihrem Termin möglich.", "Too early: check-in opens %1 minutes before your appointment.", "Za wcześnie: zgłoszenie możliwe od %1 minut przed wizytą.", "Příliš brzy: přihlásit se lze %1 minut před termínem."},
    Text{"tooEarlyUntil", "Zu früh: Die Anmeldung ist ab %1 Uhr möglich.", "Too early: check-in opens at %1.", "Za wcześnie: zgłoszenie możliwe od godz. %1.", "Příliš brzy: přihlásit se lze od %1."},
    Text{"tooLate", "Zu spät: Ihr Termin ist verfallen. Bitte ziehen Sie eine Nummer.", "Too late: your appointment has lapsed. Please take a number.", "Za późno: wizyta przepadła. Proszę pobrać numer.", "Příliš pozdě: termín propadl. Vezměte si prosím číslo."},
    Text{"alreadyCheckedIn", "Sie sind bereits angemeldet. Bitte achten Sie auf die Anzeige.", "You have already checked in. Please watch the display.", "Już się zgłosiłeś. Proszę obserwować wyświetlacz.", "Již jste přihlášeni. Sledujte prosím tabuli."},
    Text{"serviceUnavailable", "Dieses Anliegen ist gerade nicht möglich. Bitte wenden Sie sich an den Schalter.", "This service is not available right now. Please go to the counter.", "Ta sprawa jest teraz niedostępna. Proszę zgłosić się do okienka.", "Tato služba teď není k dispozici. Obraťte se prosím na přepážku."},
    Text{"refused", "Bitte wenden Sie sich an den Schalter.", "Please go to the counter.", "Proszę zgłosić się do okienka.", "Obraťte se prosím na přepážku."},
    // The staff menu (a key combination and the staff PIN; kiosk_staff_menu.hpp)
    Text{"staffPinTitle", "Personal: PIN eingeben", "Staff: enter the PIN", "Personel: wpisz PIN", "Personál: zadejte PIN"},
    Text{"staffPinWrong", "Falsche PIN.", "Wrong PIN.", "Błędny PIN.", "Chybný PIN."},
    Text{"staffLocked", "Zu viele Versuche. Bitte in %1 s erneut.", "Too many tries. Try again in %1 s.", "Zbyt wiele prób. Spróbuj ponownie za %1 s.", "Příliš mnoho pokusů. Zkuste to znovu za %1 s."},
    Text{"staffMenuTitle", "Personal-Menü", "Staff menu", "Menu personelu", "Nabídka personálu"},
    Text{"paperLeft", "Papier: noch etwa %1 Tickets auf der Rolle (%2 seit dem Rollenwechsel gedruckt).", "Paper: about %1 tickets left on the roll (%2 printed since the last change).", "Papier: zostało ok. %1 biletów na rolce (%2 wydrukowano od wymiany).", "Papír: na roli zbývá asi %1 lístků (%2 vytištěno od výměny)."},
    Text{"paperNotCounted", "Das Papier wird nicht gezählt (roll_length_m ist 0).", "Paper is not counted (roll_length_m is 0).", "Papier nie jest liczony (roll_length_m wynosi 0).", "Papír se nepočítá (roll_length_m je 0)."},
    Text{"noPrinter", "Kein Belegdrucker eingerichtet.", "No receipt printer is set up.", "Nie skonfigurowano drukarki paragonów.", "Není nastavena tiskárna lístků."},
    Text{"refilled", "Neue Papierrolle eingelegt", "New paper roll put in", "Włożono nową rolkę papieru", "Vložena nová role papíru"},
    Text{"quitKiosk", "Kiosk beenden", "Quit the kiosk", "Zamknij kiosk", "Ukončit kiosek"},
    Text{"ok", "Bestätigen", "Confirm", "Potwierdź", "Potvrdit"},
};
// clang-format on

const char* pick(const Text& text, const QString& language) {
  if (language == QLatin1String("en")) return text.en;
  if (language == QLatin1String("pl")) return text.pl;
  if (language == QLatin1String("cs")) return text.cs;
  return text.de;
}

}  // namespace

QVariantMap kioskTexts(const QString& language) {
  QVariantMap texts;
  for (const auto& text : kTexts) texts.insert(QLatin1String(text.key), QString::fromUtf8(pick(text, language)));
  return texts;
}

QString kioskText(const QString& language, const char* key) {
  for (const auto& text : kTexts)
    if (qstrcmp(text.key, key) == 0) return QString::fromUtf8(pick(text, language));
  return QString::fromLatin1(key);
}

QString languageOwnName(const QString& language) {
  if (language == QLatin1String("de")) return QStringLiteral("Deutsch");
  if (language == QLatin1String("en")) return QStringLiteral("English");
  if (language == QLatin1String("pl")) return QStringLiteral("Polski");
  if (language == QLatin1String("cs")) return QStringLiteral("Čeština");
  const QString native = QLocale(language).nativeLanguageName();
  return native.isEmpty() ? language : native.left(1).toUpper() + native.mid(1);
}

}  // namespace civiq::kiosk
