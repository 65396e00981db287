// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "reminder_rules.hpp"

#include <doctest/doctest.h>

#include <functional>

#include "demo_county_toml.hpp"
#include "sample_booking_test_util.hpp"

namespace civiq::central {
namespace {

using namespace std::chrono;

domain::TimePoint utc(int y, unsigned mo, unsigned d, int h, int mi, int s = 0) {
  return sys_days{year{y} / mo / d} + hours{h} + minutes{mi} + seconds{s};
}

// A confirmed booking on 8 December 2026 at 09:15 in the office (CET: 08:15 UTC), booked in November.
StoredBooking booked_for_december() {
  StoredBooking booking = sample_booking();
  booking.booked_at = utc(2026, 11, 20, 10, 0);
  return booking;
}

constexpr hours kLead{48};
constexpr hours kRelease{24};

}  // namespace

TEST_CASE("an appointment begins at its office's local time, summer or winter") {
  auto booking = booked_for_december();
  CHECK(appointment_begins(booking) == utc(2026, 12, 8, 8, 15));
  booking.day = year{2026} / 3 / 30;  // the day after the clocks went forward: CEST, UTC+2
  booking.start = hours{9};
  CHECK(appointment_begins(booking) == utc(2026, 3, 30, 7, 0));
}

TEST_CASE("a reminder is due once, from the lead time before the start until the start") {
  const domain::TimePoint remind_at = utc(2026, 12, 6, 8, 15);  // 48 hours before 08:15 UTC on the 8th
  struct Row {
    const char* what;
    std::function<void(StoredBooking&)> change;
    hours lead;
    domain::TimePoint now;
    bool due;
  };
  const auto as_is = [](StoredBooking&) {};
  const std::vector<Row> rows{
      {"a second before the reminder time", as_is, kLead, remind_at - 1s, false},
      {"at the reminder time", as_is, kLead, remind_at, true},
      {"a day later (the server was down)", as_is, kLead, remind_at + 24h, true},
      {"a second before the start", as_is, kLead, utc(2026, 12, 8, 8, 14, 59), true},
      {"at the start", as_is, kLead, utc(2026, 12, 8, 8, 15), false},
      {"reminded already", [](StoredBooking& b) { b.reminded_at = utc(2026, 12, 6, 8, 16); }, kLead, remind_at + 1h,
       false},
      {"cancelled", [](StoredBooking& b) { b.status = "cancelled"; }, kLead, remind_at, false},
      {"awaiting activation", [](StoredBooking& b) { b.status = "awaiting_activation"; }, kLead, remind_at, false},
      {"booked after the reminder time: the confirmation said it all",
       [&](StoredBooking& b) { b.booked_at = remind_at + 1h; }, kLead, remind_at + 2h, false},
      {"booked at the reminder time", [&](StoredBooking& b) { b.booked_at = remind_at; }, kLead, remind_at + 2h, false},
      {"booked a second before the reminder time", [&](StoredBooking& b) { b.booked_at = remind_at - 1s; }, kLead,
       remind_at + 2h, true},
      {"moved to this time before its reminder time", [&](StoredBooking& b) { b.booked_at = remind_at - 5h; }, kLead,
       remind_at, true},
      {"no time of booking", [](StoredBooking& b) { b.booked_at.reset(); }, kLead, remind_at, false},
      {"reminders off", as_is, hours{0}, remind_at, false},
      {"a lead of one hour: not yet", as_is, hours{1}, remind_at, false},
      {"a lead of one hour: at 07:15 UTC", as_is, hours{1}, utc(2026, 12, 8, 7, 15), true},
  };
  for (const auto& row : rows) {
    CAPTURE(row.what);
    auto booking = booked_for_december();
    row.change(booking);
    CHECK(reminder_due(booking, row.lead, row.now) == row.due);
  }
}

TEST_CASE("the reminder time follows the office's clock across the change to summer time") {
  auto booking = booked_for_december();
  booking.day = year{2026} / 3 / 30;  // 09:00 CEST = 07:00 UTC; 48 hours before is 07:00 UTC on the 28th
  booking.start = hours{9};
  booking.booked_at = utc(2026, 3, 1, 12, 0);
  CHECK_FALSE(reminder_due(booking, kLead, utc(2026, 3, 28, 6, 59, 59)));
  CHECK(reminder_due(booking, kLead, utc(2026, 3, 28, 7, 0)));
}

TEST_CASE("a visit must be confirmed by the earliest deadline of its releasing services") {
  auto county = parse_county_config(kDemoCountyToml, "<demo>");
  county.services[2].release_unconfirmed = hours{36};  // service 3 besides service 1 (24 hours)
  const auto ids = [](std::initializer_list<int> list) {
    std::vector<domain::ServiceId> out;
    for (const int id : list) out.push_back(domain::ServiceId{id});
    return out;
  };
  CHECK(release_before(county, ids({1})) == hours{24});
  CHECK(release_before(county, ids({1, 2})) == hours{24});
  CHECK(release_before(county, ids({2, 5})) == std::nullopt);
  CHECK(release_before(county, ids({1, 3})) == hours{36});
  CHECK(release_before(county, ids({99})) == std::nullopt);  // a service the county dropped since
}

TEST_CASE("the release deadline leaves the citizen the promised time after the reminder") {
  const auto booking = booked_for_december();
  const domain::TimePoint begins = utc(2026, 12, 8, 8, 15);
  // On time: 24 hours before the start.
  CHECK(release_deadline(booking, begins - kLead, kLead, kRelease) == begins - kRelease);
  CHECK(release_deadline(booking, begins - kLead + 1min, kLead, kRelease) == begins - kRelease + 1min);
  // A reminder 30 hours before: still 24 hours to answer.
  CHECK(release_deadline(booking, begins - 30h, kLead, kRelease) == begins - 6h);
  // A reminder too late to leave 24 hours before the start: never released.
  CHECK(release_deadline(booking, begins - 24h, kLead, kRelease) == std::nullopt);
  CHECK(release_deadline(booking, begins - 10h, kLead, kRelease) == std::nullopt);
}

TEST_CASE("an unconfirmed booking is released at its deadline, a confirmed one never") {
  const domain::TimePoint begins = utc(2026, 12, 8, 8, 15);
  const domain::TimePoint deadline = begins - kRelease;
  struct Row {
    const char* what;
    std::function<void(StoredBooking&)> change;
    domain::TimePoint now;
    bool due;
  };
  const auto reminded = [&](StoredBooking& b) { b.reminded_at = begins - kLead; };
  const std::vector<Row> rows{
      {"a second before the deadline", reminded, deadline - 1s, false},
      {"at the deadline", reminded, deadline, true},
      {"an hour before the start", reminded, begins - 1h, true},
      {"at the start", reminded, begins, false},
      {"said they will come",
       [&](StoredBooking& b) {
         reminded(b);
         b.attendance_confirmed_at = deadline - 2h;
       },
       deadline + 1h, false},
      {"never reminded (booked late)", [](StoredBooking&) {}, deadline + 1h, false},
      {"cancelled by the citizen",
       [&](StoredBooking& b) {
         reminded(b);
         b.status = "cancelled";
       },
       deadline + 1h, false},
      {"reminded late, 30 hours before: the deadline moves to 6 hours before",
       [&](StoredBooking& b) { b.reminded_at = begins - 30h; }, deadline + 1h, false},
      {"reminded late, 30 hours before: released 6 hours before",
       [&](StoredBooking& b) { b.reminded_at = begins - 30h; }, begins - 6h, true},
  };
  for (const auto& row : rows) {
    CAPTURE(row.what);
    auto booking = booked_for_december();
    row.change(booking);
    CHECK(release_due(booking, kLead, kRelease, row.now) == row.due);
  }
}

}  // namespace civiq::central
