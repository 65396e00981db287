// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "duration_summary.hpp"

#include <algorithm>
#include <numeric>

namespace civiq::statistics {

namespace {
constexpr int kMedianPercent = 50;
constexpr int kP90Percent = 90;
}  // namespace

std::int64_t nearest_rank(const std::vector<std::int64_t>& sorted, int percent) {
  const auto n = sorted.size();
  const auto p = static_cast<std::size_t>(std::clamp(percent, 1, 100));
  const std::size_t rank = std::max<std::size_t>(1, (p * n + 99) / 100);  // ceil(p·n/100), integer only
  return sorted[rank - 1];
}

DurationSummary summarize(std::vector<std::int64_t> seconds) {
  DurationSummary summary;
  summary.count = seconds.size();
  if (seconds.empty()) return summary;
  std::sort(seconds.begin(), seconds.end());
  const auto total = std::accumulate(seconds.begin(), seconds.end(), std::int64_t{0});
  summary.mean_s = static_cast<double>(total) / static_cast<double>(seconds.size());
  summary.median_s = nearest_rank(seconds, kMedianPercent);
  summary.p90_s = nearest_rank(seconds, kP90Percent);
  summary.max_s = seconds.back();
  return summary;
}

}  // namespace civiq::statistics
