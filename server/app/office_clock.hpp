// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The server's clock. Normally the wall clock; for demos and simulated office days it can run
// faster (speed 30: one office hour in two real minutes) and start at a chosen time of today, so a
// whole office day can be watched in minutes. Thread rule: immutable; now() is thread-safe.
#include <chrono>
#include <optional>

#include "domain/berlin_time.hpp"

namespace civiq::app {

class OfficeClock {
 public:
  // start_time_of_day: Berlin wall-clock time of today at which the office clock starts.
  explicit OfficeClock(double speed = 1.0, std::optional<std::chrono::seconds> start_time_of_day = std::nullopt);

  [[nodiscard]] domain::TimePoint now() const;
  [[nodiscard]] double speed() const { return speed_; }

 private:
  double speed_;
  std::chrono::system_clock::time_point real_origin_;
  domain::TimePoint office_origin_;
};

}  // namespace civiq::app
