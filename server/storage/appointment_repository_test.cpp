// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "appointment_repository.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "test_database.hpp"

namespace civiq::storage {
namespace {

using namespace std::chrono;
using domain::Appointment;
using domain::ServiceId;
using domain::TimePoint;
using test::DbKind;
using test::TestDb;

constexpr std::int64_t kImportedAt = 1'795'300'000;
const TimePoint kMonday0900 = sys_days{2026y / November / 23} + 8h;  // 09:00 Berlin (CET)

Appointment appointment(std::string code, TimePoint time, std::vector<ServiceId> services,
                        std::string citizen_name = "Erika Mustermann") {
  return Appointment{.code = std::move(code),
                     .services = std::move(services),
                     .time = time,
                     .citizen_name = std::move(citizen_name),
                     .cancelled = false};
}

void check_same(const Appointment& actual, const Appointment& expected) {
  CAPTURE(expected.code);
  CHECK(actual.code == expected.code);
  CHECK(actual.services == expected.services);
  CHECK(actual.time == expected.time);
  CHECK(actual.citizen_name == expected.citizen_name);
  CHECK(actual.cancelled == expected.cancelled);
}

TEST_CASE("an appointment reads back as written, services in booking order") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    AppointmentRepository appointments{t.db};
    const Appointment a = appointment("K7Q2", kMonday0900, {ServiceId{3}, ServiceId{1}, ServiceId{2}});
    const Appointment no_services = appointment("M4X9", kMonday0900 + 15min, {}, "");
    appointments.upsert("buergeramt-mitte", a, kImportedAt);
    appointments.upsert("buergeramt-mitte", no_services, kImportedAt);

    const std::optional<Appointment> found = appointments.find("K7Q2");
    REQUIRE(found);
    check_same(*found, a);
    const std::optional<Appointment> empty = appointments.find("M4X9");
    REQUIRE(empty);
    check_same(*empty, no_services);
    CHECK_FALSE(appointments.find("NOPE"));
  }
}

TEST_CASE("find_at_office only finds the office's own appointments") {
  TestDb t{DbKind::Memory};
  AppointmentRepository appointments{t.db};
  appointments.upsert("buergeramt-mitte", appointment("K7Q2", kMonday0900, {ServiceId{3}}), kImportedAt);
  CHECK(appointments.find_at_office("buergeramt-mitte", "K7Q2"));
  CHECK_FALSE(appointments.find_at_office("buergeramt-nord", "K7Q2"));
}

TEST_CASE("office_day is the Berlin date of the slot, in winter and in summer") {
  struct Case {
    TimePoint slot;
    const char* berlin_day;
  };
  const Case cases[] = {
      {sys_days{2026y / November / 22} + 23h + 30min, "2026-11-23"},  // 00:30 CET
      {sys_days{2026y / November / 23} + 22h + 59min, "2026-11-23"},  // 23:59 CET
      {sys_days{2026y / July / 1} + 22h + 30min, "2026-07-02"},       // 00:30 CEST
      {sys_days{2026y / July / 1} + 21h + 30min, "2026-07-01"},       // 23:30 CEST
  };
  TestDb t{DbKind::Memory};
  AppointmentRepository appointments{t.db};
  for (const Case& c : cases) {
    CAPTURE(c.berlin_day);
    appointments.upsert("buergeramt-mitte", appointment("CODE", c.slot, {ServiceId{1}}), kImportedAt);
    const std::vector<Appointment> day = appointments.list_day("buergeramt-mitte", c.berlin_day);
    REQUIRE(day.size() == 1);
    CHECK(day[0].time == c.slot);
  }
}

TEST_CASE("list_day returns one office day by slot time, cancelled ones included") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    AppointmentRepository appointments{t.db};
    Appointment late = appointment("B", kMonday0900 + 1h, {ServiceId{2}, ServiceId{1}});
    late.cancelled = true;
    const Appointment early = appointment("C", kMonday0900, {ServiceId{1}});
    const Appointment same_slot = appointment("A", kMonday0900, {});
    appointments.upsert("buergeramt-mitte", late, kImportedAt);
    appointments.upsert("buergeramt-mitte", early, kImportedAt);
    appointments.upsert("buergeramt-mitte", same_slot, kImportedAt);
    appointments.upsert("buergeramt-nord", appointment("D", kMonday0900, {ServiceId{1}}), kImportedAt);
    appointments.upsert("buergeramt-mitte", appointment("E", kMonday0900 + 24h, {ServiceId{1}}), kImportedAt);

    const std::vector<Appointment> day = appointments.list_day("buergeramt-mitte", "2026-11-23");
    REQUIRE(day.size() == 3);
    check_same(day[0], same_slot);
    check_same(day[1], early);
    check_same(day[2], late);
  }
}

TEST_CASE("a re-import overwrites the appointment with the same code") {
  TestDb t{DbKind::Memory};
  AppointmentRepository appointments{t.db};
  appointments.upsert("buergeramt-mitte", appointment("K7Q2", kMonday0900, {ServiceId{3}}), kImportedAt);
  Appointment moved = appointment("K7Q2", kMonday0900 + 24h, {ServiceId{4}, ServiceId{5}}, "Erika Musterfrau");
  moved.cancelled = true;
  appointments.upsert("buergeramt-mitte", moved, kImportedAt + 60);
  check_same(*appointments.find("K7Q2"), moved);
  CHECK(appointments.list_day("buergeramt-mitte", "2026-11-23").empty());
  CHECK(appointments.list_day("buergeramt-mitte", "2026-11-24").size() == 1);
}

TEST_CASE("forget_personal_data_before clears names of earlier slots only, once") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    AppointmentRepository appointments{t.db};
    appointments.upsert("buergeramt-mitte", appointment("OLD1", kMonday0900 - 48h, {ServiceId{1}}), kImportedAt);
    appointments.upsert("buergeramt-mitte", appointment("OLD2", kMonday0900 - 1s, {ServiceId{2}}), kImportedAt);
    appointments.upsert("buergeramt-mitte", appointment("NOW", kMonday0900, {ServiceId{1}}), kImportedAt);
    appointments.upsert("buergeramt-mitte", appointment("ANON", kMonday0900 - 72h, {ServiceId{1}}, ""),
                        kImportedAt);

    const std::int64_t cutoff = kMonday0900.time_since_epoch().count();
    CHECK(appointments.forget_personal_data_before(cutoff) == 2);
    CHECK(appointments.forget_personal_data_before(cutoff) == 0);

    const std::optional<Appointment> old = appointments.find("OLD2");
    REQUIRE(old);
    CHECK(old->citizen_name.empty());
    CHECK(old->services == std::vector<ServiceId>{ServiceId{2}});  // the rest is kept
    CHECK(appointments.find("NOW")->citizen_name == "Erika Mustermann");
  }
}

}  // namespace
}  // namespace civiq::storage
