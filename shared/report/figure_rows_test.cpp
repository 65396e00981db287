// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figure_rows.hpp"

#include <doctest/doctest.h>

namespace civiq::report {

TEST_CASE("a figure row carries the day, means to a tenth and the SLA as a percentage; no name yet") {
  statistics::HourServiceFigures figures;
  figures.key = {std::chrono::year{2026} / 12 / 8, 9, domain::ServiceId{3}};
  figures.served = 3;
  figures.served_within_target = 2;
  figures.sla_share = 2.0 / 3.0;
  figures.wait = statistics::summarize({60, 125, 1300});
  figures.parked = std::chrono::seconds{90};
  const auto rows = figure_rows({figures});
  REQUIRE(rows.size() == 1);
  const auto& row = rows[0];
  CHECK(row.day == "2026-12-08");
  CHECK(row.hour == 9);
  CHECK(row.service_id == domain::ServiceId{3});
  CHECK(row.service.empty());
  CHECK(row.waits == 3);
  CHECK(row.wait_mean_s == doctest::Approx(495.0));
  CHECK(row.wait_median_s == 125);
  CHECK(row.wait_max_s == 1300);
  CHECK(row.sla_percent == doctest::Approx(66.7));
  CHECK(row.parked_s == 90);
  CHECK_FALSE(row.walk_mean_s.has_value());  // nobody walked: no value, not a 0
  CHECK_FALSE(row.service_median_s.has_value());
}

TEST_CASE("an hour nobody was served in has no service level") {
  statistics::HourServiceFigures figures;
  figures.key = {std::chrono::year{2026} / 12 / 8, 10, domain::ServiceId{1}};
  figures.arrivals_walk_in = 1;
  const auto rows = figure_rows({figures});
  CHECK_FALSE(rows.at(0).sla_percent.has_value());
}

}  // namespace civiq::report
