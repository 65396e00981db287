// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "rate_limiter.hpp"

#include <algorithm>
#include <cmath>

namespace civiq::net {

RateLimiter::RateLimiter(int per_minute, std::size_t max_clients)
    : per_second_(std::max(per_minute, 1) / 60.0), burst_(std::max(per_minute, 1)), max_clients_(max_clients) {}

std::optional<std::chrono::seconds> RateLimiter::acquire(const std::string& key, Clock::time_point now) {
  const std::lock_guard lock(mutex_);
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_clients_) forget_idle(now);
    it = buckets_.emplace(key, Bucket{burst_, now}).first;
  }
  Bucket& bucket = it->second;
  const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
  bucket.tokens = std::min(burst_, bucket.tokens + std::max(0.0, elapsed) * per_second_);
  bucket.updated = now;
  if (bucket.tokens >= 1.0) {
    bucket.tokens -= 1.0;
    return std::nullopt;
  }
  return std::chrono::seconds{static_cast<long>(std::ceil((1.0 - bucket.tokens) / per_second_))};
}

void RateLimiter::forget_idle(Clock::time_point now) {
  // A bucket idle long enough to be full again carries no information.
  const auto refill = std::chrono::duration<double>(burst_ / per_second_);
  std::erase_if(buckets_, [&](const auto& entry) { return now - entry.second.updated > refill; });
  if (buckets_.size() >= max_clients_) buckets_.clear();
}

}  // namespace civiq::net
