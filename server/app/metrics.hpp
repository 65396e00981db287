// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Operational counters for GET /metrics (Prometheus text format): requests by route and status
// class with a latency histogram, and calls made. Queue gauges (waiting per service, tickets
// issued today) and subscribers are read from their owners when rendering; streams ended with their
// credential (logout, disabled user, revoked device, expired session) are counted here.
// Thread rule: record_* are thread-safe (one mutex; called once per request or change).
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace civiq::app {

class Metrics {
 public:
  void record_request(const std::string& route, int status, std::chrono::microseconds duration);
  void record_calls(std::uint64_t calls);
  // Event streams closed because the session or device token they were opened with ended.
  void record_streams_ended(std::uint64_t streams);
  // Appends the counters and histogram in Prometheus text exposition format.
  void render(std::string& out) const;

  static constexpr std::array<double, 8> kLatencyBucketsSeconds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 0.5, 2.5};

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;  // (route, status class) -> count
  std::array<std::uint64_t, kLatencyBucketsSeconds.size()> buckets_{};
  std::uint64_t request_count_ = 0;
  double request_seconds_ = 0;
  std::uint64_t calls_ = 0;
  std::uint64_t streams_ended_ = 0;
};

}  // namespace civiq::app
