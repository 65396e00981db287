// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Ticket numbers: a per-service prefix plus a daily running number, "A042". Numbers restart every day
// and are never handed out twice within a day: the numbering is rebuilt from the day's stored
// TicketIssued events after a restart (observe()), so a crash cannot rewind it.
// Invariant: next(p) > every number observed or issued for prefix p today.
#include <map>
#include <string>

namespace civiq::domain {

struct NumberingConfig {
  int start = 1;  // first number of the day per prefix
  int width = 3;  // zero-padded minimum width ("A001"); longer numbers simply grow
};

struct TicketNumber {
  std::string prefix;
  int value = 0;
  friend bool operator==(const TicketNumber&, const TicketNumber&) = default;
};

[[nodiscard]] std::string format_ticket_number(const TicketNumber& number, int width);

class TicketNumbering {
 public:
  explicit TicketNumbering(NumberingConfig config) : config_(config) {}

  [[nodiscard]] TicketNumber peek_next(const std::string& prefix) const;
  void observe(const TicketNumber& issued);
  [[nodiscard]] std::string format(const TicketNumber& number) const { return format_ticket_number(number, config_.width); }

 private:
  NumberingConfig config_;
  std::map<std::string, int> last_issued_;
};

}  // namespace civiq::domain
