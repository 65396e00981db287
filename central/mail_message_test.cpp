// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "mail_message.hpp"

#include "base64.hpp"

#include <doctest/doctest.h>

#include "demo_county_toml.hpp"
#include "mail_texts.hpp"
#include "sample_booking_test_util.hpp"

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
                                       domain::TimePoint{std::chrono::seconds{1'796'634'000}}, {});
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

TEST_CASE("with an attachment the mail is multipart/mixed: the text first, then the file") {
  const std::string body = "Ihr Termin ist gebucht.\n";
  const std::string ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n" + std::string(300, 'x') + "\r\nEND:VCALENDAR\r\n";
  const auto message = rfc5322_message("civiq <termine@example.org>", "eva@example.org", "Ihr Termin", body,
                                       "outbox-8@civiq-central", domain::TimePoint{std::chrono::seconds{1'796'634'000}},
                                       {MailAttachment{"termin.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics}});
  const auto headers_end = message.find("\r\n\r\n");
  const auto headers = message.substr(0, headers_end + 2);
  CHECK(headers.find("MIME-Version: 1.0\r\n") != std::string::npos);
  CHECK(headers.find("Content-Type: multipart/mixed; boundary=\"=_civiq_part\"\r\n") != std::string::npos);
  const std::string text_part = "--=_civiq_part\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: base64\r\n\r\n" + base64(body) + "\r\n";
  const auto text_at = message.find(text_part);
  CHECK(text_at != std::string::npos);
  const std::string file_part = "--=_civiq_part\r\nContent-Type: text/calendar; method=REQUEST; charset=UTF-8; "
                                "name=\"termin.ics\"\r\nContent-Disposition: attachment; filename=\"termin.ics\"\r\n"
                                "Content-Transfer-Encoding: base64\r\n\r\n";
  const auto file_at = message.find(file_part);
  REQUIRE(file_at != std::string::npos);
  CHECK(text_at < file_at);
  CHECK(message.ends_with("\r\n--=_civiq_part--\r\n"));
  // The file's base64, in lines of at most 76, decodes to the .ics as it was.
  std::string encoded;
  const auto data_end = message.size() - std::string("--=_civiq_part--\r\n").size();
  for (auto at = file_at + file_part.size(); at < data_end;) {
    const auto end = message.find("\r\n", at);
    CHECK(end - at <= 76);
    encoded += message.substr(at, end - at);
    at = end + 2;
  }
  CHECK(from_base64(encoded) == ics);
}

TEST_CASE("an image goes inline after the calendar entry, so mail programs show it under the text") {
  const std::string png("\x89PNG\r\n\x1a\n", 8);
  const auto message = rfc5322_message("civiq <termine@example.org>", "eva@example.org", "Ihr Termin", "Text\n",
                                       "outbox-9@civiq-central", domain::TimePoint{std::chrono::seconds{1'796'634'000}},
                                       {MailAttachment{"termin.ics", "text/calendar; method=REQUEST; charset=UTF-8", "x"},
                                        MailAttachment{"termin-code.png", "image/png", png}});
  const auto ics_at = message.find("Content-Disposition: attachment; filename=\"termin.ics\"\r\n");
  const std::string image_part = "--=_civiq_part\r\nContent-Type: image/png; name=\"termin-code.png\"\r\n"
                                 "Content-Disposition: inline; filename=\"termin-code.png\"\r\n"
                                 "Content-Transfer-Encoding: base64\r\n\r\n" + base64(png) + "\r\n";
  const auto image_at = message.find(image_part);
  REQUIRE(ics_at != std::string::npos);
  REQUIRE(image_at != std::string::npos);
  CHECK(ics_at < image_at);
  CHECK(message.ends_with(image_part + "--=_civiq_part--\r\n"));
}

TEST_CASE("a URL's host names the calendar entries") {
  CHECK(public_host("https://termine.example.org") == "termine.example.org");
  CHECK(public_host("https://termine.example.org:8443/booking") == "termine.example.org");
  CHECK(public_host("http://127.0.0.1:8090") == "127.0.0.1");
  CHECK(public_host("http://[::1]:8090/") == "[::1]");
  CHECK(public_host("") == "civiq");
}

TEST_CASE("a booking's mails carry its calendar entry: one UID, a REQUEST while booked, a CANCEL at the end") {
  using namespace std::chrono;
  auto county = parse_county_config(kDemoCountyToml, "<demo>");
  county.public_url = "https://termine.example.org/booking";
  county.mail_from = "Termine Landkreis Görlitz <termine@example.org>";
  StoredBooking booking = sample_booking();
  booking.day = domain::LocalDate{year{2026}, July, day{14}};  // summer: UTC+2
  booking.length = minutes{30};
  booking.services = {domain::ServiceId{1}, domain::ServiceId{5}};
  booking.language = "en";
  booking.calendar_sequence = 1;
  const std::string link = "https://termine.example.org/booking/manage/" + std::string(64, 'a');
  const auto now = domain::TimePoint{seconds{1'796'634'000}};

  const auto request = appointment_calendar(county, booking, link, now);
  CHECK(request.filename == "termin.ics");
  CHECK(request.content_type == "text/calendar; method=REQUEST; charset=UTF-8");
  std::string unfolded = request.data;
  for (std::size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
  for (const char* expected :
       {"METHOD:REQUEST\r\n", "UID:0b6c4f0e-2d7a-4d53-9a43-1c1f6a3e2f10@termine.example.org\r\n", "SEQUENCE:1\r\n",
        "DTSTART:20260714T071500Z\r\n", "DTEND:20260714T074500Z\r\n",
        "SUMMARY:Vehicle registration\\, Traffic fines / surrender of licence – Bürgerbüro Löbau\r\n",
        "LOCATION:Altmarkt 1\\, 02708 Löbau\r\n", "DESCRIPTION:Booking code: LOE-3F9A0C2B\\nSee\\, move or cancel",
        "ORGANIZER;CN=\"Termine Landkreis Görlitz\":mailto:termine@example.org\r\n", "mailto:eva@example.org\r\n",
        "STATUS:CONFIRMED\r\n"}) {
    CAPTURE(expected);
    CHECK(unfolded.find(expected) != std::string::npos);
  }
  CHECK(unfolded.find(link) != std::string::npos);

  const StoredBooking before = booking;
  booking.day = domain::LocalDate{year{2026}, July, day{15}};
  booking.calendar_sequence = 2;
  const auto moved = rebook_mail(booking, appointment_words(county, booking), local_when(before.day, before.start),
                                 link, appointment_calendar(county, booking, link, now));
  CHECK(moved.subject == "Your appointment was moved");
  CHECK(moved.body.find("When: 15.07.2026, 09:15\n") != std::string::npos);
  CHECK(moved.body.find("Previously: 14.07.2026, 09:15\n") != std::string::npos);
  CHECK(moved.body.find("LOE-3F9A0C2B") != std::string::npos);
  CHECK(moved.body.find(link) != std::string::npos);
  REQUIRE(moved.attachment.has_value());
  CHECK(moved.attachment->data.find("DTSTART:20260715T071500Z\r\n") != std::string::npos);

  booking.status = "cancelled";
  booking.calendar_sequence = 3;
  const auto cancel = appointment_calendar(county, booking, link, now);
  CHECK(cancel.content_type == "text/calendar; method=CANCEL; charset=UTF-8");
  CHECK(cancel.data.find("METHOD:CANCEL\r\n") != std::string::npos);
  CHECK(cancel.data.find("STATUS:CANCELLED\r\n") != std::string::npos);
  CHECK(cancel.data.find("SEQUENCE:3\r\n") != std::string::npos);
  CHECK(cancel.data.find("UID:0b6c4f0e-2d7a-4d53-9a43-1c1f6a3e2f10@termine.example.org\r\n") != std::string::npos);
}

TEST_CASE("appointments in mails are written as people in Saxony write them") {
  using namespace std::chrono;
  CHECK(local_when(domain::LocalDate{year{2026}, December, day{8}}, hours{9} + minutes{5}) == "08.12.2026, 09:05");
}

}  // namespace civiq::central
