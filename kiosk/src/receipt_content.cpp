// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "receipt_content.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace civiq::kiosk {
namespace {

constexpr std::chrono::minutes kHour{60};

struct Wording {
  std::string_view appointment;
  std::string_view ahead;      // {} = people ahead
  std::string_view noneAhead;  // position 1: you are next
  std::string_view wait;       // {} = "15 Min." / "1 h 05 Min."
  std::string_view waitRange;  // {} = "15–25 Min."
  std::string_view minutes;    // unit after the minutes
  std::string_view closed;     // no open counter serves the service now
  std::string_view scanHint;
  std::string_view helpLine;
};

// German is the office language and the fallback for any code not listed here.
constexpr Wording kGerman{"TERMIN",
                          "Vor Ihnen: {}",
                          "Sie sind als Nächste/r dran",
                          "Wartezeit ca. {}",
                          "Wartezeit {}",
                          "Min.",
                          "Gerade ist kein Schalter für dieses Anliegen geöffnet.",
                          "QR-Code scannen: Ihre Nummer live auf dem Handy",
                          "Bitte achten Sie auf die Anzeige im Wartebereich."};
constexpr Wording kEnglish{"APPOINTMENT",
                           "People ahead of you: {}",
                           "You are next",
                           "Estimated wait: {}",
                           "Estimated wait: {}",
                           "min",
                           "No counter for this service is open right now.",
                           "Scan the QR code to follow your number on your phone",
                           "Please watch the display in the waiting area."};
constexpr Wording kPolish{"WIZYTA UMÓWIONA",
                          "Przed Tobą: {}",
                          "Jesteś następny/a",
                          "Czas oczekiwania ok. {}",
                          "Czas oczekiwania {}",
                          "min",
                          "Obecnie żadne stanowisko dla tej sprawy nie jest otwarte.",
                          "Zeskanuj kod QR, aby śledzić numer w telefonie",
                          "Prosimy obserwować ekran w poczekalni."};
constexpr Wording kCzech{"OBJEDNÁNO",
                         "Před vámi: {}",
                         "Jste na řadě jako další",
                         "Čekání asi {}",
                         "Čekání {}",
                         "min",
                         "Momentálně není otevřena žádná přepážka pro tuto záležitost.",
                         "Naskenujte QR kód a sledujte číslo v telefonu",
                         "Sledujte prosím obrazovku v čekárně."};

const Wording& wordingFor(std::string_view language) {
  if (language == "en") return kEnglish;
  if (language == "pl") return kPolish;
  if (language == "cs") return kCzech;
  return kGerman;
}

std::string waitText(std::chrono::minutes minutes, std::string_view unit) {
  if (minutes < kHour) return fmt::format("{} {}", minutes.count(), unit);
  return fmt::format("{} h {:02} {}", minutes.count() / kHour.count(), minutes.count() % kHour.count(), unit);
}

std::string waitText(std::chrono::seconds wait, std::string_view unit) {
  return waitText(std::chrono::ceil<std::chrono::minutes>(std::max(wait, std::chrono::seconds{0})), unit);
}

}  // namespace

std::string waitLine(const WaitFacts& wait, std::string_view language) {
  using std::chrono::minutes;
  const Wording& words = wordingFor(language);
  if (!wait.serviceOpen) return std::string(words.closed);
  if (!wait.estimate || *wait.estimate <= std::chrono::seconds{0}) return {};
  const auto point = *wait.estimate;
  const auto top = std::chrono::ceil<minutes>(std::max(wait.high.value_or(point), point));
  const auto bottom = std::max(minutes{1}, std::chrono::floor<minutes>(std::min(wait.low.value_or(point), point)));
  if (!wait.low || bottom >= top) return fmt::format(fmt::runtime(words.wait), waitText(point, words.minutes));
  const std::string range = top < kHour ? fmt::format("{}–{} {}", bottom.count(), top.count(), words.minutes)
                                        : waitText(bottom, words.minutes) + " – " + waitText(top, words.minutes);
  return fmt::format(fmt::runtime(words.waitRange), range);
}

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
  content.estimatedWait = waitLine(facts.wait, facts.language);
  content.url = facts.url;
  content.scanHint = words.scanHint;
  content.helpLine = words.helpLine;
  return content;
}

}  // namespace civiq::kiosk
