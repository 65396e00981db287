// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// "Tell me if an earlier slot frees up": a citizen with a booking joins the waitlist of its office
// and visit. A freed slot earlier than their appointment is offered to one waiting citizen at a time,
// held for them for a claim window; unclaimed, it goes to the next, never to the same citizen again.
// Who comes first is whoever has waited longest, never whoever asks fastest, so a bot that polls
// every second gains nothing over a person who asked once. Pure.
#include <chrono>
#include <cstdint>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "availability.hpp"
#include "domain/berlin_time.hpp"

namespace civiq::booking {

struct WaitlistEntry {
  std::int64_t id = 0;
  domain::TimePoint joined;
};

// A start of a day: what is offered, and what a booking has.
struct SlotStart {
  domain::LocalDate day;
  std::chrono::seconds start;
  friend auto operator<=>(const SlotStart& a, const SlotStart& b) {
    if (const auto by_day = std::chrono::sys_days{a.day} <=> std::chrono::sys_days{b.day}; by_day != 0) return by_day;
    return a.start <=> b.start;
  }
  friend bool operator==(const SlotStart&, const SlotStart&) = default;
};

// The order in which waiting citizens are offered slots: longest waiting first, then the lower id
// (the same moment: whoever was written first).
void sort_by_waiting_time(std::vector<WaitlistEntry>& waiting);

// The slot to offer a waiting citizen whose appointment is `booked`: the earliest of `free` (the
// bookable slots of their visit, days in order) that begins before it and was not offered to them
// before; nothing when there is none.
[[nodiscard]] std::optional<SlotStart> earliest_earlier_slot(const std::vector<DayOffer>& free, SlotStart booked,
                                                             const std::set<SlotStart>& offered_before);

}  // namespace civiq::booking
