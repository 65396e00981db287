// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "day_history.hpp"

#include <variant>

namespace civiq::bench {

void DayHistory::observe(const domain::Event& event, const domain::OfficeQueue& after) {
  if (const auto* called = std::get_if<domain::TicketCalled>(&event.body)) {
    // TicketCalled keeps queued_at, so the applied state still says when this wait began.
    if (const domain::Ticket* ticket = after.find(called->ticket))
      calls_.push_back({event.at, ticket->service(), event.at - ticket->queued_at});
  } else if (const auto* finished = std::get_if<domain::ServiceFinished>(&event.body)) {
    int waiting = 0;
    for (const auto& [id, ticket] : after.tickets())
      if (ticket.status == domain::TicketStatus::Waiting && ticket.service() == finished->service) ++waiting;
    completions_.push_back({event.at, finished->service, std::chrono::seconds{finished->served_s}, waiting});
  }
}

}  // namespace civiq::bench
