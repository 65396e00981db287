// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Latency samples of one benchmark and their summary (nearest-rank percentiles).
// Invariant: samples are milliseconds, never negative. Thread rule: one owner; merge() to combine
// recorders that different clients filled.
#include <chrono>
#include <cstddef>
#include <vector>

namespace civiq::bench {

using Clock = std::chrono::steady_clock;

struct LatencySummary {
  std::size_t count = 0;
  double p50_ms = 0;
  double p90_ms = 0;
  double p99_ms = 0;
  double max_ms = 0;
  double mean_ms = 0;
};

[[nodiscard]] double to_ms(Clock::duration d);

// Nearest-rank percentile (q in [0, 1]) of an ascending vector; 0 for an empty one.
[[nodiscard]] double percentile(const std::vector<double>& sorted, double q);

class LatencyRecorder {
 public:
  void reserve(std::size_t n) { samples_ms_.reserve(n); }
  void add(Clock::duration d) { samples_ms_.push_back(to_ms(d)); }
  void add_ms(double ms) { samples_ms_.push_back(ms); }
  void merge(const LatencyRecorder& other);
  [[nodiscard]] std::size_t size() const { return samples_ms_.size(); }
  [[nodiscard]] LatencySummary summary() const;

 private:
  std::vector<double> samples_ms_;
};

}  // namespace civiq::bench
