// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "appointment.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <vector>

namespace civiq::domain {
namespace {

using namespace std::chrono;

constexpr LocalDate kDay{year{2026}, September, day{21}};
// 10:00 in Berlin (CEST), 08:00 UTC.
const TimePoint kSlot = from_berlin(kDay, 10h);

Appointment appointment_at(TimePoint time, bool cancelled = false) {
  return Appointment{"K7Q2-91", {ServiceId{1}}, time, "Erika Mustermann", cancelled};
}

}  // namespace

TEST_CASE("check_in_allowed: window edges, day and cancellation") {
  struct Row {
    const char* name;
    Appointment appointment;
    TimePoint now;
    CheckInWindow window;
    std::optional<ErrorCode> error;  // nothing: allowed
  };
  const CheckInWindow standard;  // 60 min before, 15 min after
  const CheckInWindow narrow{minutes{10}, minutes{5}};
  const std::vector<Row> rows{
      {"exactly at the earliest moment", appointment_at(kSlot), kSlot - 1h, standard, std::nullopt},
      {"one second before the earliest moment", appointment_at(kSlot), kSlot - 1h - 1s, standard,
       ErrorCode::CheckInTooEarly},
      {"at the slot", appointment_at(kSlot), kSlot, standard, std::nullopt},
      {"exactly at the latest moment", appointment_at(kSlot), kSlot + 15min, standard, std::nullopt},
      {"one second after the latest moment", appointment_at(kSlot), kSlot + 15min + 1s, standard,
       ErrorCode::CheckInTooLate},
      {"narrow window, inside", appointment_at(kSlot), kSlot - 10min, narrow, std::nullopt},
      {"narrow window, too early", appointment_at(kSlot), kSlot - 11min, narrow, ErrorCode::CheckInTooEarly},
      {"narrow window, too late", appointment_at(kSlot), kSlot + 6min, narrow, ErrorCode::CheckInTooLate},
      {"appointment is tomorrow", appointment_at(kSlot + days{1}), kSlot, standard, ErrorCode::AppointmentNotToday},
      {"appointment was yesterday", appointment_at(kSlot - days{1}), kSlot, standard,
       ErrorCode::AppointmentNotToday},
      // 00:10 local: the window reaches back into the previous day, but check-in is only same-day.
      {"window crosses local midnight", appointment_at(from_berlin(kDay, 10min)), from_berlin(kDay, 10min) - 20min,
       standard, ErrorCode::AppointmentNotToday},
      {"cancelled, inside the window", appointment_at(kSlot, true), kSlot, standard, ErrorCode::AppointmentCancelled},
      {"cancelled and another day", appointment_at(kSlot + days{1}, true), kSlot, standard,
       ErrorCode::AppointmentCancelled},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    const auto result = check_in_allowed(row.appointment, row.now, row.window);
    REQUIRE(result.has_value() == !row.error.has_value());
    if (row.error) {
      CHECK(result.error().code == *row.error);
      CHECK_FALSE(result.error().detail.empty());
    }
  }
}

TEST_CASE("a refusal names its moment: when check-in opens, or the appointment's time on another day") {
  const CheckInWindow standard;
  const auto early = check_in_allowed(appointment_at(kSlot), kSlot - 61min, standard);
  REQUIRE_FALSE(early.has_value());
  CHECK(early.error().at == std::optional(kSlot - 60min));
  const auto tomorrow = check_in_allowed(appointment_at(kSlot + days{1}), kSlot, standard);
  REQUIRE_FALSE(tomorrow.has_value());
  CHECK(tomorrow.error().at == std::optional(kSlot + days{1}));
  const auto late = check_in_allowed(appointment_at(kSlot), kSlot + 16min, standard);
  REQUIRE_FALSE(late.has_value());
  CHECK_FALSE(late.error().at.has_value());  // nothing to wait for
}

TEST_CASE("CheckInWindow defaults") {
  const CheckInWindow window;
  CHECK(window.earliest_before == minutes{60});
  CHECK(window.latest_after == minutes{15});
}

}  // namespace civiq::domain

namespace civiq::domain {

TEST_CASE("check_importable: an open-end placeholder or a date long past is refused, naming the field") {
  const TimePoint now = from_berlin(kDay, 8h);
  const ImportWindow window;
  CHECK(check_importable(appointment_at(kSlot), now, window));
  CHECK(check_importable(appointment_at(now - window.before), now, window));
  CHECK(check_importable(appointment_at(now + window.ahead), now, window));
  for (const TimePoint outside : {now - window.before - 1s, now + window.ahead + 1s,
                                  TimePoint{sys_days{year{9999} / December / 31} + 23h + 59min + 59s}}) {
    const auto refused = check_importable(appointment_at(outside), now, window);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().detail.rfind("time: ", 0) == 0);
  }
}

}  // namespace civiq::domain
