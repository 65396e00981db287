// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// "Tell me if an earlier slot frees up": a freed slot is offered to one waiting citizen at a time,
// who may claim it within a claim window; unclaimed, it goes to the next. The next is whoever has
// waited longest for that office and service and takes that day, never whoever asks fastest, so a
// bot that polls every second gains nothing over a person who asked once. Pure.
#include <chrono>
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "domain/berlin_time.hpp"

namespace civiq::booking {

struct WaitlistEntry {
  std::int64_t id = 0;
  int office = 0;
  int service = 0;
  domain::TimePoint joined;
  std::optional<domain::LocalDate> latest_day;  // a slot later than this is of no use to them
};

// The entry to offer a freed slot of `office`/`service` on `day` to: the longest waiting (then
// the lowest id) that takes that day and was not offered this slot before; nullopt for nobody.
[[nodiscard]] std::optional<std::int64_t> next_offer(const std::vector<WaitlistEntry>& waiting, int office,
                                                     int service, domain::LocalDate day,
                                                     const std::set<std::int64_t>& offered_before);

}  // namespace civiq::booking
