// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "waitlist.hpp"

#include <algorithm>

namespace civiq::booking {

void sort_by_waiting_time(std::vector<WaitlistEntry>& waiting) {
  std::sort(waiting.begin(), waiting.end(), [](const WaitlistEntry& a, const WaitlistEntry& b) {
    return a.joined != b.joined ? a.joined < b.joined : a.id < b.id;
  });
}

std::optional<SlotStart> earliest_earlier_slot(const std::vector<DayOffer>& free, SlotStart booked,
                                               const std::set<SlotStart>& offered_before) {
  for (const auto& day : free) {
    for (const auto& slot : day.slots) {
      const SlotStart candidate{day.day, slot.start};
      if (!(candidate < booked)) return std::nullopt;  // in order: nothing earlier follows
      if (!offered_before.contains(candidate)) return candidate;
    }
  }
  return std::nullopt;
}

}  // namespace civiq::booking
