// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_clock.hpp"

namespace civiq::app {

OfficeClock::OfficeClock(double speed, std::optional<std::chrono::seconds> start_time_of_day)
    : speed_(speed), real_origin_(std::chrono::system_clock::now()) {
  const auto real_now = std::chrono::time_point_cast<std::chrono::seconds>(real_origin_);
  office_origin_ = start_time_of_day ? domain::from_berlin(domain::berlin_date(real_now), *start_time_of_day) : real_now;
}

domain::TimePoint OfficeClock::now() const {
  const std::chrono::duration<double> real_elapsed = std::chrono::system_clock::now() - real_origin_;
  return office_origin_ + std::chrono::seconds{static_cast<std::int64_t>(real_elapsed.count() * speed_)};
}

}  // namespace civiq::app
