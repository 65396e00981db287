// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "app/central_sync.hpp"

#include <doctest/doctest.h>

#include <set>

#include "app/branch_config.hpp"

namespace civiq::app {
namespace {

const auto kAt = domain::TimePoint{std::chrono::seconds{1'796'634'000}};
const auto kHoldsNothing = [](const std::string&) { return false; };

protocol::SyncAppointment appointment(std::string code, std::vector<domain::ServiceId> services,
                                      std::optional<std::string> name, bool cancelled = false) {
  return {1, std::move(code), kAt, std::move(services), std::move(name), cancelled, std::nullopt};
}

TEST_CASE("a pulled batch is imported as it is; appointments for services the office lacks are refused") {
  const auto config = demo_branch_config();
  protocol::SyncBatch batch{"loebau", 7, {}, false};
  batch.appointments.push_back(appointment("LOE-0000000A", {domain::ServiceId{1}, domain::ServiceId{5}}, "Eva Muster"));
  batch.appointments.push_back(appointment("LOE-0000000B", {domain::ServiceId{99}}, std::nullopt));
  batch.appointments.push_back(appointment("LOE-0000000C", {domain::ServiceId{2}}, std::nullopt, true));
  const auto ready = importable(batch, *config.catalog, "loebau", kHoldsNothing);
  REQUIRE(ready.appointments.size() == 2);
  CHECK(ready.appointments[0] == domain::Appointment{"LOE-0000000A", {domain::ServiceId{1}, domain::ServiceId{5}}, kAt,
                                                     "Eva Muster", false});
  CHECK(ready.appointments[1] == domain::Appointment{"LOE-0000000C", {domain::ServiceId{2}}, kAt, "", true});
  REQUIRE(ready.refused.size() == 1);
  CHECK(ready.refused[0].code == "LOE-0000000B");
  CHECK(ready.refused[0].why == "a service this office does not offer");
}

TEST_CASE("what breaks the shared booking rules is refused with its reason") {
  const auto config = demo_branch_config();
  protocol::SyncBatch batch{"loebau", 7, {}, false};
  batch.appointments.push_back(appointment("GOE-0000000A", {domain::ServiceId{1}}, "Eva Muster"));  // Görlitz's
  batch.appointments.push_back(appointment("LOE-1", {domain::ServiceId{1}}, "Eva Muster"));
  batch.appointments.push_back(appointment("LOE-0000000C", {}, "Eva Muster"));
  batch.appointments.push_back(appointment("LOE-0000000D", {domain::ServiceId{1}}, std::string(101, 'x')));
  batch.appointments.push_back(appointment("LOE-0000000E", {domain::ServiceId{1}}, " "));
  const auto ready = importable(batch, *config.catalog, "loebau", kHoldsNothing);
  CHECK(ready.appointments.empty());
  REQUIRE(ready.refused.size() == 5);
  CHECK(ready.refused[0].why == "not a booking code of this office");
  CHECK(ready.refused[1].why == "not a booking code of this office");
  CHECK(ready.refused[2].why == "a service this office does not offer");
  CHECK(ready.refused[3].why == "a name of more than 100 characters");
  CHECK(ready.refused[4].why == "no name");
}

TEST_CASE("an appointment moved beyond the window leaves it, without its name; one never held is not taken in") {
  const auto config = demo_branch_config();
  protocol::SyncBatch batch{"loebau", 7, {}, false};
  auto moved = appointment("LOE-0000000A", {domain::ServiceId{1}}, std::nullopt);
  moved.outside_window = true;
  auto far = appointment("LOE-0000000B", {domain::ServiceId{1}}, std::nullopt);
  far.outside_window = true;
  batch.appointments = {moved, far};
  const std::set<std::string> held{"LOE-0000000A"};
  const auto ready = importable(batch, *config.catalog, "loebau", [&](const std::string& code) { return held.contains(code); });
  REQUIRE(ready.appointments.size() == 1);
  CHECK(ready.appointments[0] == domain::Appointment{"LOE-0000000A", {domain::ServiceId{1}}, kAt, "", true});
  CHECK(ready.refused.empty());
}

}  // namespace
}  // namespace civiq::app
