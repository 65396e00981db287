// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_health.hpp"

#include <doctest/doctest.h>

namespace civiq::kiosk {
namespace {

TEST_CASE("the report carries the printer's state, its reasons as sent, and paper low from either source") {
  PaperRoll roll(PaperRollConfig{1000, 300});
  auto status = printerStatusOf(healthFromIpp(3, true, {}), roll);
  CHECK(status.state == "idle");
  CHECK(status.accepting_jobs);
  CHECK(status.reasons.empty());
  CHECK_FALSE(status.paper_low);
  CHECK(status.paper_left_tickets == 8);  // 1000 mm at the typical 125 mm before any ticket

  status = printerStatusOf(healthFromIpp(5, false, {"media-low-warning", "paused"}), roll);
  CHECK(status.state == "stopped");
  CHECK_FALSE(status.accepting_jobs);
  CHECK(status.reasons == std::vector<std::string>{"media-low-warning", "paused"});
  CHECK(status.paper_low);  // the printer says so, though the roll count does not

  for (int i = 0; i < 8; ++i) roll.addTicket(100);  // 200 mm left, under the 300 mm threshold
  status = printerStatusOf(healthFromIpp(3, true, {}), roll);
  CHECK(status.paper_low);
  CHECK(status.paper_left_tickets == 2);  // at the measured 100 mm per ticket
}

TEST_CASE("a roll that is not counted leaves the tickets left out") {
  const PaperRoll uncounted(PaperRollConfig{0, 300});
  const auto status = printerStatusOf(healthFromIpp(4, true, {}), uncounted);
  CHECK(status.state == "processing");
  CHECK_FALSE(status.paper_left_tickets.has_value());
  CHECK_FALSE(status.paper_low);
}

TEST_CASE("a printer CUPS could not be asked about is reported as unknown and not printing") {
  const auto withoutRoll = printerStatusUnread(nullptr);
  CHECK(withoutRoll.state == "unknown");
  CHECK_FALSE(withoutRoll.accepting_jobs);
  CHECK_FALSE(withoutRoll.paper_left_tickets.has_value());
  PaperRoll roll(PaperRollConfig{1000, 300});
  roll.addTicket(900);
  const auto withRoll = printerStatusUnread(&roll);
  CHECK(withRoll.paper_low);
  CHECK(withRoll.paper_left_tickets == 0);
}

}  // namespace
}  // namespace civiq::kiosk
