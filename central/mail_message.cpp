// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "mail_message.hpp"

#include <array>
#include <chrono>

#include "base64.hpp"

namespace civiq::central {
namespace {

constexpr std::size_t kLineLength = 76;  // RFC 2045: encoded lines of at most 76 characters

// "Mon, 07 Dec 2026 09:15:00 +0000" (RFC 5322 date, in UTC).
std::string mail_date(domain::TimePoint t) {
  using namespace std::chrono;
  static constexpr std::array<const char*, 7> kDays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto day = floor<days>(t);
  const year_month_day date{day};
  const hh_mm_ss time{t - day};
  const auto two = [](long value) { return (value < 10 ? "0" : "") + std::to_string(value); };
  return std::string(kDays[weekday{day}.c_encoding()]) + ", " + two(static_cast<unsigned>(date.day())) + " " +
         kMonths[static_cast<unsigned>(date.month()) - 1] + " " + std::to_string(static_cast<int>(date.year())) + " " +
         two(time.hours().count()) + ":" + two(time.minutes().count()) + ":" + two(time.seconds().count()) + " +0000";
}

// Base64 in lines of kLineLength, each ending in CRLF.
std::string base64_lines(std::string_view data) {
  const std::string encoded = base64(data);
  std::string lines;
  for (std::size_t i = 0; i < encoded.size(); i += kLineLength) lines += encoded.substr(i, kLineLength) + "\r\n";
  return lines;
}

// Base64 never holds "=_" ('_' is not in its alphabet), so no encoded part can contain the boundary.
constexpr std::string_view kBoundary = "=_civiq_part";

// A header parameter's quoted value: no quote, backslash or control character inside.
std::string quoted(std::string_view value) {
  std::string out = "\"";
  for (const char c : value)
    if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) out += c;
  return out + "\"";
}

}  // namespace

std::string rfc5322_message(std::string_view from, std::string_view to, std::string_view subject,
                            std::string_view body, std::string_view message_id, domain::TimePoint date,
                            const std::vector<MailAttachment>& attachments) {
  std::string message = "From: " + std::string(from) + "\r\nTo: " + std::string(to) + "\r\nSubject: =?UTF-8?B?" +
                        base64(subject) + "?=\r\nDate: " + mail_date(date) + "\r\nMessage-ID: <" +
                        std::string(message_id) + ">\r\nMIME-Version: 1.0\r\n";
  const std::string text_part =
      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64_lines(body);
  if (attachments.empty()) return message + text_part;
  const std::string boundary(kBoundary);
  message += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary + "\r\n" + text_part;
  for (const auto& file : attachments) {
    const std::string name = quoted(file.filename);
    const bool image = file.content_type.starts_with("image/");
    message += "--" + boundary + "\r\nContent-Type: " + file.content_type + "; name=" + name +
               "\r\nContent-Disposition: " + (image ? "inline" : "attachment") + "; filename=" + name +
               "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64_lines(file.data);
  }
  return message + "--" + boundary + "--\r\n";
}

}  // namespace civiq::central
