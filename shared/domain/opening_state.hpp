// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Whether an office is open at a moment, when it closes and when it opens next, from its weekly
// opening hours in Europe/Berlin time. A kiosk shows "closed, opens Monday 08:00" before anyone taps.
// Thread rule: pure function.
#include <optional>

#include "berlin_time.hpp"
#include "catalog.hpp"

namespace civiq::domain {

struct OpeningState {
  bool open = false;
  std::optional<TimePoint> closes_at;   // when open: the end of this opening (none: open for the next week)
  std::optional<TimePoint> opens_next;  // when closed: the next opening within two weeks (none: no hours)
};

[[nodiscard]] OpeningState opening_state(const OpeningHours& hours, TimePoint now);

}  // namespace civiq::domain
