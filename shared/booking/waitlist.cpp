// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "waitlist.hpp"

namespace civiq::booking {

std::optional<std::int64_t> next_offer(const std::vector<WaitlistEntry>& waiting, int office, int service,
                                       domain::LocalDate day, const std::set<std::int64_t>& offered_before) {
  const WaitlistEntry* best = nullptr;
  for (const auto& entry : waiting) {
    if (entry.office != office || entry.service != service || offered_before.contains(entry.id)) continue;
    if (entry.latest_day && std::chrono::sys_days{day} > std::chrono::sys_days{*entry.latest_day}) continue;
    if (!best || entry.joined < best->joined || (entry.joined == best->joined && entry.id < best->id)) best = &entry;
  }
  if (!best) return std::nullopt;
  return best->id;
}

}  // namespace civiq::booking
