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
  f.wait.estimate = wait;
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

TEST_CASE("the wait as a range, as a point, or that no counter serves the service now") {
  struct Case {
    std::string language;
    WaitFacts wait;
    std::string line;
  };
  const Case cases[] = {
      {"de", {seconds{1200}, seconds{900}, seconds{1500}, true}, "Wartezeit 15–25 Min."},
      {"de", {seconds{1200}, seconds{959}, seconds{1201}, true}, "Wartezeit 15–21 Min."},  // low down, high up
      {"de", {seconds{50}, seconds{10}, seconds{100}, true}, "Wartezeit 1–2 Min."},  // never "0–2"
      {"de", {seconds{3000}, seconds{2400}, seconds{4500}, true}, "Wartezeit 40 Min. – 1 h 15 Min."},
      {"de", {seconds{600}, seconds{600}, seconds{600}, true}, "Wartezeit ca. 10 Min."},  // a range of one minute
      {"de", {seconds{600}, std::nullopt, std::nullopt, true}, "Wartezeit ca. 10 Min."},  // a server before v1.3
      {"en", {seconds{1200}, seconds{900}, seconds{1500}, true}, "Estimated wait: 15–25 min"},
      {"pl", {seconds{1200}, seconds{900}, seconds{1500}, true}, "Czas oczekiwania 15–25 min"},
      {"cs", {seconds{1200}, seconds{900}, seconds{1500}, true}, "Čekání 15–25 min"},
      {"de", {std::nullopt, std::nullopt, std::nullopt, false}, "Gerade ist kein Schalter für dieses Anliegen geöffnet."},
      {"en", {std::nullopt, std::nullopt, std::nullopt, false}, "No counter for this service is open right now."},
      {"de", {std::nullopt, std::nullopt, std::nullopt, true}, ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    CHECK(waitLine(c.wait, c.language) == c.line);
  }
  ReceiptFacts closed = facts("de", 3, std::nullopt);
  closed.wait.serviceOpen = false;
  CHECK(composeReceipt(closed).estimatedWait == "Gerade ist kein Schalter für dieses Anliegen geöffnet.");
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
