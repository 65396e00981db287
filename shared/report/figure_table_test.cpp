// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figure_table.hpp"

#include <doctest/doctest.h>

namespace civiq::report {

TEST_CASE("every field of a figure row is a column with a German and an English header") {
  const auto de = figure_columns("de");
  const auto en = figure_columns("en");
  REQUIRE(de.size() == en.size());
  REQUIRE(de.size() == figure_cells(protocol::FigureRow{}).size());
  for (std::size_t i = 0; i < de.size(); ++i) {
    CHECK_FALSE(de[i].header.empty());
    CHECK_FALSE(en[i].header.empty());
    CHECK(de[i].key == en[i].key);
  }
  CHECK(de.front().key == "day");
  CHECK(de.front().kind == CellKind::Date);
  CHECK(de.front().header == "Tag");
  CHECK(en.front().header == "Day");
}

TEST_CASE("cells: counts are integers, means decimals, names text, a missing figure an empty cell") {
  protocol::FigureRow row;
  row.day = "2026-12-08";
  row.service_id = domain::ServiceId{4};
  row.service = "Reisepass";
  row.served = 2;
  row.wait_mean_s = 61.5;
  const auto columns = figure_columns("en");
  const auto cells = figure_cells(row);
  auto cell = [&](std::string_view key) {
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i].key == key) return cells[i];
    FAIL("no column " << key);
    throw;
  };
  CHECK(std::get<std::string>(cell("day")) == "2026-12-08");
  CHECK(std::get<std::int64_t>(cell("service_id")) == 4);
  CHECK(std::get<std::string>(cell("service")) == "Reisepass");
  CHECK(std::get<std::int64_t>(cell("served")) == 2);
  CHECK(std::get<double>(cell("wait_mean_s")) == doctest::Approx(61.5));
  CHECK(std::holds_alternative<std::monostate>(cell("wait_median_s")));
}

}  // namespace civiq::report
