// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "reminder_mails.hpp"

#include <doctest/doctest.h>

#include "demo_county_toml.hpp"
#include "sample_booking_test_util.hpp"

namespace civiq::central {
namespace {

using namespace std::chrono;

StoredBooking booking_in(const std::string& language) {
  StoredBooking booking = sample_booking();
  booking.language = language;
  return booking;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::string kLink = "https://termine.example.org/booking/manage/abc";

}  // namespace

TEST_CASE("the reminder names the appointment and asks to confirm or cancel, in the booking's language") {
  const auto county = parse_county_config(kDemoCountyToml, "<demo>");
  struct Row {
    std::string language;
    std::string subject;
    std::string ask;       // the button the page shows
    std::string deadline;  // before the time the confirmation must come by
  };
  const std::vector<Row> rows{
      {"de", "Erinnerung an Ihren Termin", "„Ich komme“", "Ohne Bestätigung bis 07.12.2026, 09:15 wird"},
      {"en", "Reminder of your appointment", "\"I will come\"", "Without a confirmation by 07.12.2026, 09:15 the"},
      {"pl", "Przypomnienie o wizycie", "„Przyjdę”", "Bez potwierdzenia do 07.12.2026, 09:15 wizyta"},
      {"cs", "Připomínka vašeho termínu", "„Přijdu“", "Bez potvrzení do 07.12.2026, 09:15 bude"},
      {"tr", "Erinnerung an Ihren Termin", "„Ich komme“", "Ohne Bestätigung bis 07.12.2026, 09:15 wird"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.language);
    const auto booking = booking_in(row.language);
    const auto words = appointment_words(county, booking);
    const auto mail = reminder_mail(booking, words, kLink, std::string("07.12.2026, 09:15"));
    CHECK(mail.recipient == "eva@example.org");
    CHECK(mail.subject == row.subject);
    CHECK(has(mail.body, "08.12.2026, 09:15"));
    CHECK(has(mail.body, "Bürgerbüro Löbau, Altmarkt 1, 02708 Löbau"));
    CHECK(has(mail.body, "LOE-3F9A0C2B"));
    CHECK(has(mail.body, "\n" + kLink + "\n"));
    CHECK(has(mail.body, row.ask));
    CHECK(has(mail.body, row.deadline));
    CHECK_FALSE(mail.attachment.has_value());
    // Without a releasing service there is no deadline to name.
    CHECK_FALSE(has(reminder_mail(booking, words, kLink, std::nullopt).body, "07.12.2026"));
  }
}

TEST_CASE("a citizen who said already they will come is thanked, not asked, and given no deadline") {
  const auto county = parse_county_config(kDemoCountyToml, "<demo>");
  auto booking = booking_in("de");
  booking.attendance_confirmed_at = sys_days{year{2026} / 12 / 1};
  const auto mail = reminder_mail(booking, appointment_words(county, booking), kLink, std::string("07.12.2026, 09:15"));
  CHECK(has(mail.body, "Sie haben schon bestätigt, dass Sie kommen"));
  CHECK_FALSE(has(mail.body, "„Ich komme“"));
  CHECK_FALSE(has(mail.body, "Ohne Bestätigung"));
  CHECK(has(mail.body, kLink));  // to cancel after all
}

TEST_CASE("a released booking's mail says why, cancels the calendar entry and links to booking anew") {
  const auto county = parse_county_config(kDemoCountyToml, "<demo>");
  auto booking = booking_in("en");
  booking.status = "cancelled";
  booking.calendar_sequence = 1;
  const auto now = sys_days{year{2026} / 12 / 7} + hours{9};
  const auto mail = release_mail(booking, appointment_words(county, booking), "07.12.2026, 09:15",
                                 "https://termine.example.org/booking/",
                                 appointment_calendar(county, booking, kLink, time_point_cast<seconds>(now)));
  CHECK(mail.subject == "Your appointment is cancelled");
  CHECK(has(mail.body, "You did not confirm your appointment by 07.12.2026, 09:15."));
  CHECK(has(mail.body, "When: 08.12.2026, 09:15"));
  CHECK(has(mail.body, "https://termine.example.org/booking/\n"));
  REQUIRE(mail.attachment.has_value());
  CHECK(mail.attachment->content_type == "text/calendar; method=CANCEL; charset=UTF-8");
  CHECK(has(mail.attachment->data, "METHOD:CANCEL"));
}

}  // namespace civiq::central
