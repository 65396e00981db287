// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A token bucket per client key (e.g. the client address and a route class): `per_minute` requests
// refill evenly over a minute with a burst of the same size. Stale buckets are dropped so memory
// stays bounded under scans. Thread rule: thread-safe (one mutex; the critical section is tiny).
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace civiq::net {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  explicit RateLimiter(int per_minute, std::size_t max_clients = 100'000);

  // Nothing when allowed; otherwise how long until the next request would be.
  [[nodiscard]] std::optional<std::chrono::seconds> acquire(const std::string& key, Clock::time_point now);

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  void forget_idle(Clock::time_point now);

  double per_second_;
  double burst_;
  std::size_t max_clients_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace civiq::net
