// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ical.hpp"

#include <chrono>

namespace civiq::central {
namespace {

constexpr std::size_t kMaxLineOctets = 75;  // RFC 5545 3.1, without the CRLF

bool is_control(unsigned char c) {
  return c < 0x20 || c == 0x7f;
}

bool is_utf8_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// A parameter value (CN): a quoted-string, which holds neither DQUOTE nor control characters.
std::string quoted_parameter(std::string_view value) {
  std::string out = "\"";
  for (const char c : value)
    if (c != '"' && !is_control(static_cast<unsigned char>(c))) out += c;
  return out + "\"";
}

// "Name <address>" -> (Name, address); "address" -> ("", address).
std::pair<std::string_view, std::string_view> split_mailbox(std::string_view mailbox) {
  const auto open = mailbox.find('<');
  const auto close = mailbox.find('>', open);
  if (open == std::string_view::npos || close == std::string_view::npos) return {{}, mailbox};
  auto name = mailbox.substr(0, open);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  return {name, mailbox.substr(open + 1, close - open - 1)};
}

// A CAL-ADDRESS property: "ORGANIZER;CN="Name":mailto:address".
std::string address_line(std::string_view property, std::string_view parameters, std::string_view mailbox) {
  const auto [name, address] = split_mailbox(mailbox);
  std::string line(property);
  if (!name.empty()) line += ";CN=" + quoted_parameter(name);
  line += parameters;
  line += ":mailto:";
  for (const char c : address)
    if (!is_control(static_cast<unsigned char>(c)) && c != ' ') line += c;
  return line;
}

}  // namespace

std::string ical_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";  // a lone CR is a line break too
        break;
      default:
        if (c == '\t' || !is_control(static_cast<unsigned char>(c))) out += c;
    }
  }
  return out;
}

std::string ical_fold(std::string_view line) {
  std::string out;
  std::size_t limit = kMaxLineOctets;  // the first line; continuations spend one octet on the space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && is_utf8_continuation(static_cast<unsigned char>(line[cut]))) --cut;
    if (cut == 0) cut = limit;  // not UTF-8 at all: cut where the octets say
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxLineOctets - 1;
  }
  out.append(line);
  return out + "\r\n";
}

std::string ical_utc(domain::TimePoint t) {
  using namespace std::chrono;
  const auto day = floor<days>(t);
  const year_month_day date{day};
  const hh_mm_ss time{t - day};
  const auto digits = [](long value, std::size_t width) {
    std::string text = std::to_string(value);
    return std::string(width > text.size() ? width - text.size() : 0, '0') + text;
  };
  return digits(static_cast<int>(date.year()), 4) + digits(static_cast<unsigned>(date.month()), 2) +
         digits(static_cast<unsigned>(date.day()), 2) + "T" + digits(time.hours().count(), 2) +
         digits(time.minutes().count(), 2) + digits(time.seconds().count(), 2) + "Z";
}

std::string ical_calendar(CalendarMethod method, const CalendarEvent& event) {
  const bool cancel = method == CalendarMethod::Cancel;
  const std::string lines[] = {
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//civiq//civiq-central//DE",
      "CALSCALE:GREGORIAN",
      std::string("METHOD:") + (cancel ? "CANCEL" : "REQUEST"),
      "BEGIN:VEVENT",
      "UID:" + event.uid,
      "SEQUENCE:" + std::to_string(event.sequence),
      "DTSTAMP:" + ical_utc(event.stamp),
      "DTSTART:" + ical_utc(event.start),
      "DTEND:" + ical_utc(event.end),
      "SUMMARY:" + ical_escape_text(event.summary),
      "LOCATION:" + ical_escape_text(event.location),
      "DESCRIPTION:" + ical_escape_text(event.description),
      address_line("ORGANIZER", "", event.organizer),
      // The citizen has booked: nothing to answer (RSVP=FALSE), already accepted.
      address_line("ATTENDEE", ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE", event.attendee),
      std::string("STATUS:") + (cancel ? "CANCELLED" : "CONFIRMED"),
      "TRANSP:OPAQUE",
      "END:VEVENT",
      "END:VCALENDAR",
  };
  std::string out;
  for (const auto& line : lines) out += ical_fold(line);
  return out;
}

}  // namespace civiq::central
