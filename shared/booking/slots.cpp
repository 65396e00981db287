// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "slots.hpp"

#include <algorithm>

#include "holidays.hpp"

namespace civiq::booking {

using namespace std::chrono;

int most_at_once(const std::vector<BookedSpan>& booked, seconds from, seconds to) {
  std::vector<std::pair<seconds, int>> edges;  // +1 where one starts, -1 where one ends
  for (const auto& span : booked) {
    const seconds start = std::max(span.start, from);
    const seconds end = std::min(span.start + span.length, to);
    if (start >= end) continue;
    edges.emplace_back(start, +1);
    edges.emplace_back(end, -1);
  }
  std::sort(edges.begin(), edges.end());  // at one moment ends (-1) come before starts (+1)
  int now = 0;
  int most = 0;
  for (const auto& [at, change] : edges) most = std::max(most, now += change);
  return most;
}

seconds visit_length(const std::vector<ServiceLength>& services) {
  seconds total{0};
  for (const auto& service : services) total += service.length * service.quantity;
  return total;
}

bool bookable_day(const domain::OpeningHours& hours, const std::set<domain::LocalDate>& closed_days,
                  domain::LocalDate day) {
  const auto weekday_index = (weekday{sys_days{day}} - Monday).count();
  return !hours.by_weekday[static_cast<std::size_t>(weekday_index)].empty() && !closed_days.contains(day) &&
         !saxony_holiday(day).has_value();
}

std::vector<FreeSlot> free_slots(const std::vector<domain::OpeningInterval>& day_hours, seconds step, seconds length,
                                 int desks, const std::vector<BookedSpan>& booked) {
  std::vector<FreeSlot> slots;
  if (step <= seconds{0} || length <= seconds{0} || desks <= 0) return slots;
  for (const auto& interval : day_hours)
    for (seconds start = interval.opens; start + length <= interval.closes; start += step) {
      const int free = desks - most_at_once(booked, start, start + length);
      if (free > 0) slots.push_back({start, free});
    }
  std::sort(slots.begin(), slots.end(), [](const FreeSlot& a, const FreeSlot& b) { return a.start < b.start; });
  return slots;
}

}  // namespace civiq::booking
