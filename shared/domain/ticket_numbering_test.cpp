// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ticket_numbering.hpp"

#include <doctest/doctest.h>

#include <vector>

namespace civiq::domain {

TEST_CASE("TicketNumbering: the first number of the day comes from the config") {
  struct Row {
    NumberingConfig config;
    TicketNumber first;
    const char* text;
  };
  const std::vector<Row> rows{
      {NumberingConfig{}, {"A", 1}, "A001"},
      {NumberingConfig{100, 3}, {"A", 100}, "A100"},
      {NumberingConfig{100, 4}, {"A", 100}, "A0100"},
      {NumberingConfig{0, 2}, {"A", 0}, "A00"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const TicketNumbering numbering{row.config};
    CHECK(numbering.peek_next("A") == row.first);
    CHECK(numbering.format(numbering.peek_next("A")) == row.text);
  }
}

TEST_CASE("TicketNumbering: peek_next does not advance, observe does") {
  TicketNumbering numbering{NumberingConfig{}};
  CHECK(numbering.peek_next("A").value == 1);
  CHECK(numbering.peek_next("A").value == 1);
  numbering.observe(numbering.peek_next("A"));
  CHECK(numbering.peek_next("A").value == 2);
}

TEST_CASE("TicketNumbering: each prefix counts on its own") {
  TicketNumbering numbering{NumberingConfig{}};
  numbering.observe({"A", 5});
  numbering.observe({"EA", 2});
  CHECK(numbering.peek_next("A") == TicketNumber{"A", 6});
  CHECK(numbering.peek_next("EA") == TicketNumber{"EA", 3});
  CHECK(numbering.peek_next("B") == TicketNumber{"B", 1});
}

TEST_CASE("TicketNumbering::observe never rewinds") {
  // Replaying a day's events after a restart may present numbers out of order.
  TicketNumbering numbering{NumberingConfig{}};
  numbering.observe({"A", 10});
  numbering.observe({"A", 3});
  numbering.observe({"A", 10});
  CHECK(numbering.peek_next("A").value == 11);
  numbering.observe({"A", 42});
  CHECK(numbering.peek_next("A").value == 43);
}

TEST_CASE("format_ticket_number pads to the width and grows past it") {
  struct Row {
    TicketNumber number;
    int width;
    const char* text;
  };
  const std::vector<Row> rows{
      {{"A", 7}, 3, "A007"},   {{"A", 999}, 3, "A999"}, {{"A", 1000}, 3, "A1000"},
      {{"A", 12345}, 3, "A12345"}, {{"EA", 7}, 4, "EA0007"}, {{"B", 7}, 1, "B7"},
      {{"B", 7}, 0, "B7"},     {{"B", 0}, 0, "B0"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(format_ticket_number(row.number, row.width) == row.text);
  }
  CHECK(TicketNumbering{NumberingConfig{1, 2}}.format({"C", 123}) == "C123");
}

}  // namespace civiq::domain
