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

}  // namespace

std::string rfc5322_message(std::string_view from, std::string_view to, std::string_view subject,
                            std::string_view body, std::string_view message_id, domain::TimePoint date) {
  std::string message = "From: " + std::string(from) + "\r\nTo: " + std::string(to) + "\r\nSubject: =?UTF-8?B?" +
                        base64(subject) + "?=\r\nDate: " + mail_date(date) + "\r\nMessage-ID: <" +
                        std::string(message_id) +
                        ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                        "Content-Transfer-Encoding: base64\r\n\r\n";
  const std::string encoded = base64(body);
  for (std::size_t i = 0; i < encoded.size(); i += kLineLength) message += encoded.substr(i, kLineLength) + "\r\n";
  return message;
}

}  // namespace civiq::central
