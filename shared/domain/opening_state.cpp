// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "opening_state.hpp"

#include <algorithm>
#include <vector>

namespace civiq::domain {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::seconds;

constexpr int kLookAheadDays = 14;

const std::vector<OpeningInterval>& intervals_of(const OpeningHours& hours_of_week, LocalDate date) {
  const std::chrono::weekday weekday{std::chrono::sys_days{date}};
  return hours_of_week.by_weekday[weekday.iso_encoding() - 1];
}

// The interval of `date` containing `time_of_day`, if any.
std::optional<OpeningInterval> interval_at(const OpeningHours& hours_of_week, LocalDate date, seconds time_of_day) {
  for (const auto& interval : intervals_of(hours_of_week, date))
    if (time_of_day >= interval.opens && time_of_day < interval.closes) return interval;
  return std::nullopt;
}

LocalDate next_day(LocalDate date) { return LocalDate{std::chrono::sys_days{date} + days{1}}; }

}  // namespace

OpeningState opening_state(const OpeningHours& hours_of_week, TimePoint now) {
  const auto local = to_berlin(now);
  OpeningState state;
  if (auto current = interval_at(hours_of_week, local.date, local.time_of_day)) {
    state.open = true;
    // An opening that runs to midnight goes on if the next day opens at midnight (always open).
    auto date = local.date;
    for (int day = 0; day < 7 && current->closes >= hours{24}; ++day) {
      date = next_day(date);
      current = interval_at(hours_of_week, date, seconds{0});
      if (!current) return {true, from_berlin(date, seconds{0}), std::nullopt};
    }
    if (current->closes < hours{24}) state.closes_at = from_berlin(date, current->closes);
    return state;
  }
  auto date = local.date;
  for (int day = 0; day <= kLookAheadDays; ++day, date = next_day(date)) {
    auto intervals = intervals_of(hours_of_week, date);
    std::sort(intervals.begin(), intervals.end(), [](const auto& a, const auto& b) { return a.opens < b.opens; });
    for (const auto& interval : intervals)
      if (day > 0 || interval.opens > local.time_of_day) {
        state.opens_next = from_berlin(date, interval.opens);
        return state;
      }
  }
  return state;
}

}  // namespace civiq::domain
