// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// An appointment as an iCalendar object (RFC 5545) for a mail (iMIP, RFC 6047): one VEVENT with
// METHOD:REQUEST (booked or moved; calendars add or move it) or METHOD:CANCEL (calendars remove it).
// A calendar knows the event again by its UID and takes the one with the highest SEQUENCE. Lines end
// in CRLF and are folded at 75 octets, never inside a UTF-8 character; TEXT values are escaped.
// Thread rule: stateless.
#include <string>
#include <string_view>

#include "domain/berlin_time.hpp"

namespace civiq::central {

enum class CalendarMethod { Request, Cancel };

struct CalendarEvent {
  std::string uid;          // stable for the booking: "<booking id>@<host>"
  int sequence = 0;         // higher with every change the citizen is told of
  domain::TimePoint stamp;  // when this version was written
  domain::TimePoint start;
  domain::TimePoint end;
  std::string summary;  // plain text; escaped here
  std::string location;
  std::string description;  // may span lines ("\n")
  std::string organizer;    // "Name <address>" or "address": the county's sender
  std::string attendee;     // the citizen's e-mail address
};

// The whole VCALENDAR, CRLF line ends, folded.
[[nodiscard]] std::string ical_calendar(CalendarMethod method, const CalendarEvent& event);

// RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped; other control characters
// (which TEXT may not hold) dropped.
[[nodiscard]] std::string ical_escape_text(std::string_view text);

// One content line (without its CRLF) folded to lines of at most 75 octets, each ending in CRLF;
// a continuation line starts with one space. A UTF-8 character is never split.
[[nodiscard]] std::string ical_fold(std::string_view line);

// "20261208T081500Z": a UTC DATE-TIME.
[[nodiscard]] std::string ical_utc(domain::TimePoint t);

}  // namespace civiq::central
