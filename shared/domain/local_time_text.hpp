// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Dates and times of day as people and the booking API write them: "2026-12-08" and "09:15".
// Strict: anything else is nothing, never a guess. Thread rule: stateless.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "berlin_time.hpp"

namespace civiq::domain {

[[nodiscard]] std::optional<LocalDate> parse_local_date(std::string_view text);
// "HH:MM" from 00:00 to 24:00 (24:00 only as an end of day).
[[nodiscard]] std::optional<std::chrono::seconds> parse_time_of_day(std::string_view text);
[[nodiscard]] std::string format_time_of_day(std::chrono::seconds since_midnight);

}  // namespace civiq::domain
