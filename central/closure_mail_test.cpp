// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "closure_mail.hpp"

#include <doctest/doctest.h>

#include "demo_county_toml.hpp"
#include "sample_booking_test_util.hpp"

namespace civiq::central {
namespace {

using namespace std::chrono;

const domain::TimePoint kNow{seconds{1'796'634'000}};

StoredBooking cancelled_booking(std::string language, std::string code) {
  StoredBooking booking = sample_booking();
  booking.day = domain::LocalDate{year{2026}, month{12}, day{9}};
  booking.status = "cancelled";
  booking.code = std::move(code);
  booking.language = std::move(language);
  booking.calendar_sequence = 1;
  return booking;
}

TEST_CASE("a closure's mail tells the reason in the booking's language and cancels the calendar entry") {
  auto county = parse_county_config(kDemoCountyToml, "<demo>");
  county.public_url = "https://termine.example.org";
  const auto mail = closure_mail(county, cancelled_booking("en", "LOE-3F9A0C2B"), "Water damage in the building", kNow);
  CHECK(mail.recipient == "eva@example.org");
  CHECK(mail.subject == "Your appointment is cancelled");
  CHECK(mail.body.starts_with("The office is closed on that day"));
  CHECK(mail.body.find("Reason: Water damage in the building\n") != std::string::npos);
  CHECK(mail.body.find("09.12.2026, 09:15") != std::string::npos);
  CHECK(mail.body.find("LOE-3F9A0C2B") != std::string::npos);
  CHECK(mail.body.find("https://termine.example.org/booking/\n") != std::string::npos);
  REQUIRE(mail.attachment.has_value());
  CHECK(mail.attachment->content_type.find("method=CANCEL") != std::string::npos);
  CHECK(mail.attachment->data.find("METHOD:CANCEL") != std::string::npos);
  CHECK(mail.attachment->data.find("SEQUENCE:1") != std::string::npos);
}

TEST_CASE("a booking still awaiting activation had no calendar entry: its closure mail carries none") {
  auto county = parse_county_config(kDemoCountyToml, "<demo>");
  const auto mail = closure_mail(county, cancelled_booking("de", ""), "Stromausfall", kNow);
  CHECK(mail.subject == "Ihr Termin ist abgesagt");
  CHECK(mail.body.find("Grund: Stromausfall\n") != std::string::npos);
  CHECK_FALSE(mail.attachment.has_value());
  CHECK(mail.body.find("\n    \n") == std::string::npos);  // no empty line where a code would be
}

TEST_CASE("a closure's mail is in German for a language it does not know") {
  auto county = parse_county_config(kDemoCountyToml, "<demo>");
  const auto mail = closure_mail(county, cancelled_booking("tr", "LOE-3F9A0C2B"), "Umzug", kNow);
  CHECK(mail.body.starts_with("Das Büro bleibt an diesem Tag geschlossen."));
  for (const char* language : {"pl", "cs"}) {
    const auto other = closure_mail(county, cancelled_booking(language, "LOE-3F9A0C2B"), "x", kNow);
    CHECK_FALSE(other.body.starts_with("Das Büro"));
  }
}

}  // namespace
}  // namespace civiq::central
