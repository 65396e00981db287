// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "mail_message.hpp"

#include "base64.hpp"

#include <doctest/doctest.h>

#include "mail_texts.hpp"

namespace civiq::central {

TEST_CASE("base64 as RFC 4648 writes it") {
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64("Bürgerbüro") == "QsO8cmdlcmLDvHJv");
  for (const char* text : {"", "f", "fo", "foo", "foob", "Bürgerbüro"}) CHECK(from_base64(base64(text)) == text);
  for (const char* bad : {"Zg=", "Z===", "Zg==Zg==", "Zm9v\n", "Zm9*", "=Zm9"}) {
    CAPTURE(bad);
    CHECK_FALSE(from_base64(bad).has_value());
  }
}

TEST_CASE("a mail has its headers, a UTF-8 subject and a base64 body in short lines") {
  const std::string body(200, 'x');
  const auto message = rfc5322_message("civiq <termine@example.org>", "eva@example.org", "Ihr Termin",
                                       body, "outbox-7@civiq-central",
                                       domain::TimePoint{std::chrono::seconds{1'796'634'000}});
  CHECK(message.starts_with("From: civiq <termine@example.org>\r\nTo: eva@example.org\r\n"));
  CHECK(message.find("Subject: =?UTF-8?B?" + base64("Ihr Termin") + "?=\r\n") != std::string::npos);
  CHECK(message.find("Date: Mon, 07 Dec 2026 09:00:00 +0000\r\n") != std::string::npos);
  CHECK(message.find("Message-ID: <outbox-7@civiq-central>\r\n") != std::string::npos);
  CHECK(message.find("Content-Transfer-Encoding: base64\r\n\r\n") != std::string::npos);
  const auto body_start = message.find("\r\n\r\n") + 4;
  std::size_t longest = 0;
  for (std::size_t at = body_start; at < message.size();) {
    const auto end = message.find("\r\n", at);
    longest = std::max(longest, end - at);
    at = end + 2;
  }
  CHECK(longest == 76);
}

TEST_CASE("appointments in mails are written as people in Saxony write them") {
  using namespace std::chrono;
  CHECK(local_when(domain::LocalDate{year{2026}, December, day{8}}, hours{9} + minutes{5}) == "08.12.2026, 09:05");
}

}  // namespace civiq::central
