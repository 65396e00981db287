// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ical.hpp"

#include <doctest/doctest.h>

#include <vector>

namespace civiq::central {
namespace {

using namespace std::chrono;

// The physical lines of `text`, each without its CRLF; fails on a bare LF or a missing last CRLF.
std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = text.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    lines.push_back(text.substr(at, end - at));
    CHECK(lines.back().find('\n') == std::string::npos);
    at = end + 2;
  }
  return lines;
}

// RFC 5545 3.1: a CRLF followed by one space is removed.
std::string unfold(const std::string& text) {
  std::string out;
  for (const auto& line : physical_lines(text)) {
    if (!line.empty() && line.front() == ' ') {
      out.pop_back();  // the '\n' of the line before
      out += line.substr(1);
    } else {
      out += line;
    }
    out += '\n';
  }
  return out;
}

bool valid_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

CalendarEvent sample() {
  CalendarEvent event;
  event.uid = "0b6c4f0e-2d7a-4d53-9a43-1c1f6a3e2f10@termine.example.org";
  event.sequence = 2;
  event.stamp = domain::TimePoint{seconds{1'796'634'000}};  // 2026-12-07 09:00:00 UTC
  event.start = domain::from_berlin(year{2026} / December / 8, hours{9} + minutes{15});
  event.end = event.start + minutes{30};
  event.summary = "Kfz-Zulassung, Wohngeld – Bürgerbüro Löbau";
  event.location = "Altmarkt 1, 02708 Löbau";
  event.description =
      "Buchungsnummer: LOE-3F9A0C2B\nTermin ansehen, verschieben oder absagen: "
      "https://termine.example.org/booking/manage/" +
      std::string(64, 'a');
  event.organizer = "Termine Landkreis Görlitz <termine@example.org>";
  event.attendee = "eva@example.org";
  return event;
}

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
  CHECK(ical_escape_text("plain text") == "plain text");
  CHECK(ical_escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
  CHECK(ical_escape_text("one\r\ntwo\rthree") == "one\\ntwo\\nthree");
  CHECK(ical_escape_text(std::string("bell\x07 tab\t")) == "bell tab\t");
  CHECK(ical_escape_text("Görlitz") == "Görlitz");
}

TEST_CASE("a short line is one line with CRLF") {
  CHECK(ical_fold("UID:1@civiq") == "UID:1@civiq\r\n");
  const std::string exactly(75, 'x');
  CHECK(ical_fold(exactly) == exactly + "\r\n");
}

TEST_CASE("long lines fold at 75 octets and unfold to what they were") {
  const std::string line = "DESCRIPTION:" + std::string(200, 'x');
  const auto folded = ical_fold(line);
  const auto lines = physical_lines(folded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].size() == 75);
  CHECK(lines[1].size() == 75);
  CHECK(lines[1].front() == ' ');
  CHECK(lines[2].front() == ' ');
  CHECK(unfold(folded) == line + "\n");
}

TEST_CASE("folding never splits a UTF-8 character") {
  // Two-, three- and four-octet characters at every offset against the fold.
  for (const std::string character : {"ö", "–", "😀"}) {
    for (std::size_t pad = 0; pad < 8; ++pad) {
      std::string line = "SUMMARY:" + std::string(pad, 'x');
      for (int i = 0; i < 60; ++i) line += character;
      const auto folded = ical_fold(line);
      CAPTURE(character);
      CAPTURE(pad);
      for (const auto& physical : physical_lines(folded)) {
        CHECK(physical.size() <= 75);
        CHECK(valid_utf8(physical));
      }
      CHECK(unfold(folded) == line + "\n");
    }
  }
}

TEST_CASE("times are UTC DATE-TIMEs; the office's local time is converted") {
  CHECK(ical_utc(domain::TimePoint{seconds{1'796'634'000}}) == "20261207T090000Z");
  // Winter (CET, UTC+1) and summer (CEST, UTC+2).
  CHECK(ical_utc(domain::from_berlin(year{2026} / December / 8, hours{9} + minutes{15})) == "20261208T081500Z");
  CHECK(ical_utc(domain::from_berlin(year{2026} / July / 1, hours{9} + minutes{15})) == "20260701T071500Z");
}

TEST_CASE("a booked appointment is a REQUEST with one VEVENT") {
  const auto text = ical_calendar(CalendarMethod::Request, sample());
  for (const auto& line : physical_lines(text)) CHECK(line.size() <= 75);
  const auto content = unfold(text);
  CHECK(content.starts_with("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:"));
  CHECK(content.ends_with("END:VEVENT\nEND:VCALENDAR\n"));
  for (const char* expected :
       {"\nMETHOD:REQUEST\n", "\nBEGIN:VEVENT\n", "\nUID:0b6c4f0e-2d7a-4d53-9a43-1c1f6a3e2f10@termine.example.org\n",
        "\nSEQUENCE:2\n", "\nDTSTAMP:20261207T090000Z\n", "\nDTSTART:20261208T081500Z\n", "\nDTEND:20261208T084500Z\n",
        "\nSUMMARY:Kfz-Zulassung\\, Wohngeld – Bürgerbüro Löbau\n", "\nLOCATION:Altmarkt 1\\, 02708 Löbau\n",
        "\nDESCRIPTION:Buchungsnummer: LOE-3F9A0C2B\\nTermin ansehen\\, verschieben oder absagen: https://",
        "\nORGANIZER;CN=\"Termine Landkreis Görlitz\":mailto:termine@example.org\n",
        "\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:eva@example.org\n",
        "\nSTATUS:CONFIRMED\n"}) {
    CAPTURE(expected);
    CHECK(content.find(expected) != std::string::npos);
  }
  CHECK(content.find("BEGIN:VEVENT") == content.rfind("BEGIN:VEVENT"));
}

TEST_CASE("a cancelled appointment is a CANCEL of the same UID") {
  auto event = sample();
  event.sequence = 3;
  event.organizer = "termine@example.org";
  const auto content = unfold(ical_calendar(CalendarMethod::Cancel, event));
  CHECK(content.find("\nMETHOD:CANCEL\n") != std::string::npos);
  CHECK(content.find("\nSTATUS:CANCELLED\n") != std::string::npos);
  CHECK(content.find("\nSEQUENCE:3\n") != std::string::npos);
  CHECK(content.find("\nUID:" + event.uid + "\n") != std::string::npos);
  CHECK(content.find("\nORGANIZER:mailto:termine@example.org\n") != std::string::npos);
  CHECK(content.find("REQUEST") == std::string::npos);
}

TEST_CASE("a quote in the organizer's name cannot break out of its parameter") {
  auto event = sample();
  event.organizer = "Amt \"Nord\"; Termine <termine@example.org>";
  const auto content = unfold(ical_calendar(CalendarMethod::Request, event));
  CHECK(content.find("\nORGANIZER;CN=\"Amt Nord; Termine\":mailto:termine@example.org\n") != std::string::npos);
}

}  // namespace civiq::central
