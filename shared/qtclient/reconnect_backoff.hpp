// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Delays between reconnect attempts: exponential growth up to a cap, each delay shortened by a
// random share ("jitter") so that the screens of a whole office do not all knock at the same
// instant after a server restart. Invariant: initial * (1 - jitter) <= next() <= max. Thread rule: one owner.
#include <chrono>
#include <cstdint>
#include <random>

namespace civiq::qtclient {

struct BackoffConfig {
  std::chrono::milliseconds initial{500};
  std::chrono::milliseconds max{15000};
  double multiplier = 2.0;
  double jitter = 0.5;  // a delay is uniformly in [base * (1 - jitter), base]
};

class ReconnectBackoff {
 public:
  explicit ReconnectBackoff(BackoffConfig config = {}, std::uint32_t seed = std::random_device{}());

  // The delay before the next attempt; grows with every call until reset().
  [[nodiscard]] std::chrono::milliseconds next();
  // After a successful connection: the next failure starts again at `initial`.
  void reset() { base_ = config_.initial; }

 private:
  BackoffConfig config_;
  std::chrono::milliseconds base_;
  std::mt19937 random_;
};

}  // namespace civiq::qtclient
