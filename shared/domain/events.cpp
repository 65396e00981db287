// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "events.hpp"

namespace civiq::domain {
const char* event_type_name(const EventBody& body) {
  static constexpr const char* kNames[] = {
      "ticket_issued",   "ticket_called",    "ticket_recalled",    "service_started", "service_finished",
      "ticket_no_show",  "ticket_parked",    "ticket_transferred", "ticket_reactivated",
      "ticket_cancelled", "ticket_postponed", "counter_opened",    "counter_closed",
      "counter_alarm_raised", "counter_alarm_acknowledged", "counter_break_started", "counter_break_ended"};
  static_assert(std::size(kNames) == std::variant_size_v<EventBody>);
  return kNames[body.index()];
}

std::optional<TicketId> event_ticket(const EventBody& body) {
  return std::visit(
      [](const auto& e) -> std::optional<TicketId> {
        if constexpr (requires { e.ticket; }) return e.ticket;
        else return std::nullopt;  // counter events
      },
      body);
}

}  // namespace civiq::domain
