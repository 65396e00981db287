// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The stored forms of a ticket's state: its status name (also used on the wire) and the JSON kept in
// the tickets projection table for audits and statistics.
#include <string>

#include "domain/ticket.hpp"

namespace civiq::app {

[[nodiscard]] const char* ticket_status_name(domain::TicketStatus status);
[[nodiscard]] std::string ticket_state_json(const domain::Ticket& ticket);

}  // namespace civiq::app
