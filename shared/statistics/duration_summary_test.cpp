// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "duration_summary.hpp"

#include <doctest/doctest.h>

namespace civiq::statistics {

TEST_CASE("nearest rank takes the value at rank ceil(p/100 * n)") {
  const std::vector<std::int64_t> sorted{15, 20, 35, 40, 50};
  struct Row {
    int percent;
    std::int64_t expected;
  };
  for (const Row row : {Row{5, 15}, Row{30, 20}, Row{40, 20}, Row{50, 35}, Row{90, 50}, Row{100, 50}}) {
    CAPTURE(row.percent);
    CHECK(nearest_rank(sorted, row.percent) == row.expected);
  }
}

TEST_CASE("summarize: mean, median, p90 and max of a known set, in any order") {
  const auto summary = summarize({7, 1, 10, 4, 2, 9, 3, 6, 8, 5});
  CHECK(summary.count == 10);
  CHECK(summary.mean_s == doctest::Approx(5.5));
  CHECK(summary.median_s == 5);  // nearest rank: the lower middle of an even count, not 5.5
  CHECK(summary.p90_s == 9);     // rank 9 of 10, not the interpolated 9.1
  CHECK(summary.max_s == 10);
}

TEST_CASE("summarize: a single value is every statistic") {
  const auto summary = summarize({42});
  CHECK(summary.mean_s == doctest::Approx(42.0));
  CHECK(summary.median_s == 42);
  CHECK(summary.p90_s == 42);
  CHECK(summary.max_s == 42);
}

TEST_CASE("summarize: an empty set has no statistics rather than zeros") {
  const auto summary = summarize({});
  CHECK(summary.count == 0);
  CHECK_FALSE(summary.mean_s.has_value());
  CHECK_FALSE(summary.median_s.has_value());
  CHECK_FALSE(summary.p90_s.has_value());
  CHECK_FALSE(summary.max_s.has_value());
}

}  // namespace civiq::statistics
