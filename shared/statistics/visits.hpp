// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Folds the event log into visits (visit.hpp): one per TicketIssued, in order of issue.
// Pure: the events are the only input, so the same log always gives the same visits.
// Thread rule: a free function without state.
#include <vector>

#include "domain/events.hpp"
#include "visit.hpp"

namespace civiq::statistics {

// events: in the order they were stored (ticket_events.seq), one or more whole days of one office.
// Ticket events before their TicketIssued (a log cut mid-day) cannot be placed and are skipped;
// counter events (open, close, breaks, alarms) do not belong to a visit and are ignored here.
[[nodiscard]] std::vector<Visit> fold_visits(const domain::Events& events);

}  // namespace civiq::statistics
