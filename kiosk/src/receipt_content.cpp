// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "receipt_content.hpp"

#include <fmt/format.h>

#include <string_view>

namespace civiq::kiosk {
namespace {

constexpr std::chrono::minutes kHour{60};

struct Wording {
  std::string_view appointment;
  std::string_view ahead;      // {} = people ahead
  std::string_view noneAhead;  // position 1: you are next
  std::string_view wait;       // {} = "15 Min." / "1 h 05 Min."
  std::string_view minutes;    // unit after the minutes
  std::string_view scanHint;
  std::string_view helpLine;
};

// German is the office language and the fallback for any code not listed here.
constexpr Wording kGerman{"TERMIN",
                          "Vor Ihnen: {}",
                          "Sie sind als Nächste/r dran",
                          "Wartezeit ca. {}",
                          "Min.",
                          "QR-Code scannen: Ihre Nummer live auf dem Handy",
                          "Bitte achten Sie auf die Anzeige im Wartebereich."};
constexpr Wording kEnglish{"APPOINTMENT",
                           "People ahead of you: {}",
                           "You are next",
                           "Estimated wait: {}",
                           "min",
                           "Scan the QR code to follow your number on your phone",
                           "Please watch the display in the waiting area."};
constexpr Wording kPolish{"WIZYTA UMÓWIONA",
                          "Przed Tobą: {}",
                          "Jesteś następny/a",
                          "Czas oczekiwania ok. {}",
                          "min",
                          "Zeskanuj kod QR, aby śledzić numer w telefonie",
                          "Prosimy obserwować ekran w poczekalni."};
constexpr Wording kCzech{"OBJEDNÁNO",
                         "Před vámi: {}",
                         "Jste na řadě jako další",
                         "Čekání asi {}",
                         "min",
                         "Naskenujte QR kód a sledujte číslo v telefonu",
                         "Sledujte prosím obrazovku v čekárně."};

const Wording& wordingFor(std::string_view language) {
  if (language == "en") return kEnglish;
  if (language == "pl") return kPolish;
  if (language == "cs") return kCzech;
  return kGerman;
}

std::string waitText(std::chrono::seconds wait, std::string_view unit) {
  const auto minutes =
      std::chrono::ceil<std::chrono::minutes>(wait < std::chrono::seconds{0} ? std::chrono::seconds{0} : wait);
  if (minutes < kHour) return fmt::format("{} {}", minutes.count(), unit);
  return fmt::format("{} h {:02} {}", minutes.count() / kHour.count(), minutes.count() % kHour.count(), unit);
}

}  // namespace

std::string receiptTime(domain::TimePoint issuedAt) {
  const domain::LocalDateTime local = domain::to_berlin(issuedAt);
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(local.time_of_day).count();
  return fmt::format("{:02}.{:02}.{:04} {:02}:{:02}", static_cast<unsigned>(local.date.day()),
                     static_cast<unsigned>(local.date.month()), static_cast<int>(local.date.year()),
                     minutes / kHour.count(), minutes % kHour.count());
}

ReceiptContent composeReceipt(const ReceiptFacts& facts) {
  const Wording& words = wordingFor(facts.language);
  ReceiptContent content;
  content.office = facts.office;
  content.number = facts.number;
  if (facts.appointment) content.appointmentMark = words.appointment;
  content.services = facts.services;
  content.issuedAt = facts.issuedAt;
  if (facts.position) {
    const int ahead = *facts.position - 1;
    content.peopleAhead = ahead <= 0 ? std::string(words.noneAhead) : fmt::format(fmt::runtime(words.ahead), ahead);
  }
  // No wait: "about 0 min" reads like an error; people ahead (or "you are next") says enough.
  if (facts.estimatedWait && *facts.estimatedWait > std::chrono::seconds{0})
    content.estimatedWait = fmt::format(fmt::runtime(words.wait), waitText(*facts.estimatedWait, words.minutes));
  content.url = facts.url;
  content.scanHint = words.scanHint;
  content.helpLine = words.helpLine;
  return content;
}

}  // namespace civiq::kiosk
