// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Mean, median, p90 and maximum of a set of durations in whole seconds. Percentiles use the
// nearest-rank definition: the value at rank ceil(p/100 · n) of the ascending list (1-based), so a
// percentile is always a duration that really occurred, and the median of an even count is the lower
// middle value. An empty set has no statistics (nullopt), never a 0 that looks like a measurement.
// Thread rule: free functions without state.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace civiq::statistics {

struct DurationSummary {
  std::size_t count = 0;
  std::optional<double> mean_s;
  std::optional<std::int64_t> median_s;
  std::optional<std::int64_t> p90_s;
  std::optional<std::int64_t> max_s;
};

// percent in 1..100; sorted ascending and not empty.
[[nodiscard]] std::int64_t nearest_rank(const std::vector<std::int64_t>& sorted, int percent);
[[nodiscard]] DurationSummary summarize(std::vector<std::int64_t> seconds);

}  // namespace civiq::statistics
