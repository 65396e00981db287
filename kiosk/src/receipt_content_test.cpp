// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "receipt_content.hpp"

#include <doctest/doctest.h>

namespace civiq::kiosk {
namespace {

using std::chrono::seconds;

ReceiptFacts facts(std::string language, std::optional<int> position, std::optional<seconds> wait,
                   bool appointment = false) {
  ReceiptFacts f;
  f.office = "Bürgerbüro Löbau";
  f.number = "A017";
  f.services = {"Kfz-Zulassung"};
  f.issuedAt = "06.12.2026 09:41";
  f.position = position;
  f.estimatedWait = wait;
  f.url = "http://127.0.0.1:9/t/abc";
  f.appointment = appointment;
  f.language = std::move(language);
  return f;
}

TEST_CASE("wording per language: people ahead, wait rounded up to minutes, appointment mark") {
  struct Case {
    std::string language;
    std::optional<int> position;
    std::optional<seconds> wait;
    bool appointment;
    std::string ahead;
    std::string waitText;
    std::string mark;
  };
  const Case cases[] = {
      {"de", 4, seconds{540}, false, "Vor Ihnen: 3", "Wartezeit ca. 9 Min.", ""},
      {"de", 1, seconds{1}, false, "Sie sind als Nächste/r dran", "Wartezeit ca. 1 Min.", ""},
      {"de", 2, seconds{3900}, true, "Vor Ihnen: 1", "Wartezeit ca. 1 h 05 Min.", "TERMIN"},
      {"en", 3, seconds{600}, false, "People ahead of you: 2", "Estimated wait: 10 min", ""},
      {"pl", 6, seconds{61}, true, "Przed Tobą: 5", "Czas oczekiwania ok. 2 min", "WIZYTA UMÓWIONA"},
      {"cs", 2, seconds{0}, false, "Před vámi: 1", "", ""},                       // no wait: no wait line
      {"xx", 2, seconds{60}, false, "Vor Ihnen: 1", "Wartezeit ca. 1 Min.", ""},  // unknown: German
      {"de", std::nullopt, std::nullopt, true, "", "", "TERMIN"},                 // a due appointment: no queue facts
  };
  for (const auto& c : cases) {
    CAPTURE(c.language);
    CAPTURE(c.ahead);
    const auto content = composeReceipt(facts(c.language, c.position, c.wait, c.appointment));
    CHECK(content.peopleAhead == c.ahead);
    CHECK(content.estimatedWait == c.waitText);
    CHECK(content.appointmentMark == c.mark);
    CHECK(content.number == "A017");
    CHECK(content.url == "http://127.0.0.1:9/t/abc");
    CHECK_FALSE(content.helpLine.empty());
    CHECK_FALSE(content.scanHint.empty());
  }
}

TEST_CASE("the time printed is Berlin's, winter and summer, whatever the kiosk's zone") {
  using namespace std::chrono;
  struct Case {
    sys_seconds instant;
    std::string printed;
  };
  const Case cases[] = {
      {sys_days{2026y / December / 6} + 8h + 41min + 59s, "06.12.2026 09:41"},  // CET, seconds cut
      {sys_days{2026y / July / 1} + 8h + 5min, "01.07.2026 10:05"},             // CEST
      {sys_days{2026y / December / 31} + 23h + 30min, "01.01.2027 00:30"},      // the next day in Berlin
  };
  for (const auto& c : cases) {
    CAPTURE(c.printed);
    CHECK(receiptTime(c.instant) == c.printed);
  }
}

}  // namespace
}  // namespace civiq::kiosk
