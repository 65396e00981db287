// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ticket_numbering.hpp"

#include <algorithm>
#include <cstdio>

namespace civiq::domain {

std::string format_ticket_number(const TicketNumber& number, int width) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%0*d", std::max(width, 1), number.value);
  return number.prefix + digits;
}

TicketNumber TicketNumbering::peek_next(const std::string& prefix) const {
  const auto it = last_issued_.find(prefix);
  return {prefix, it == last_issued_.end() ? config_.start : it->second + 1};
}

void TicketNumbering::observe(const TicketNumber& issued) {
  auto [it, inserted] = last_issued_.try_emplace(issued.prefix, issued.value);
  if (!inserted) it->second = std::max(it->second, issued.value);
}

}  // namespace civiq::domain
