// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "latency.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace civiq::bench {

double to_ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return 0;
  // Nearest rank: the smallest sample with at least q of all samples at or below it.
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

void LatencyRecorder::merge(const LatencyRecorder& other) {
  samples_ms_.insert(samples_ms_.end(), other.samples_ms_.begin(), other.samples_ms_.end());
}

LatencySummary LatencyRecorder::summary() const {
  LatencySummary s;
  s.count = samples_ms_.size();
  if (s.count == 0) return s;
  auto sorted = samples_ms_;
  std::sort(sorted.begin(), sorted.end());
  s.p50_ms = percentile(sorted, 0.50);
  s.p90_ms = percentile(sorted, 0.90);
  s.p99_ms = percentile(sorted, 0.99);
  s.max_ms = sorted.back();
  s.mean_ms = std::accumulate(sorted.begin(), sorted.end(), 0.0) / static_cast<double>(s.count);
  return s;
}

}  // namespace civiq::bench
