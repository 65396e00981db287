// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "app/central_sync.hpp"

#include <doctest/doctest.h>

#include "app/branch_config.hpp"

namespace civiq::app {
namespace {

TEST_CASE("a pulled batch is imported as it is; appointments for services the office lacks are refused") {
  const auto config = demo_branch_config();
  const auto at = domain::TimePoint{std::chrono::seconds{1'796'634'000}};
  protocol::SyncBatch batch{"loebau", 7, {}, false};
  batch.appointments.push_back({5, "LOE-1", at, {domain::ServiceId{1}, domain::ServiceId{5}}, "Eva Muster", false});
  batch.appointments.push_back({6, "LOE-2", at, {domain::ServiceId{99}}, std::nullopt, false});
  batch.appointments.push_back({7, "LOE-3", at, {domain::ServiceId{2}}, std::nullopt, true});
  const auto ready = importable(batch, *config.catalog);
  REQUIRE(ready.appointments.size() == 2);
  CHECK(ready.appointments[0] == domain::Appointment{"LOE-1", {domain::ServiceId{1}, domain::ServiceId{5}}, at,
                                                     "Eva Muster", false});
  CHECK(ready.appointments[1] == domain::Appointment{"LOE-3", {domain::ServiceId{2}}, at, "", true});
  CHECK(ready.refused == std::vector<std::string>{"LOE-2"});
}

}  // namespace
}  // namespace civiq::app
