// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ticket_state_json.hpp"

#include "protocol/json_codec.hpp"

namespace civiq::app {

const char* ticket_status_name(domain::TicketStatus status) {
  using S = domain::TicketStatus;
  switch (status) {
    case S::Waiting: return "waiting";
    case S::Called: return "called";
    case S::Serving: return "serving";
    case S::Done: return "done";
    case S::NoShow: return "no_show";
    case S::Cancelled: return "cancelled";
    case S::Parked: return "parked";
  }
  return "waiting";
}

std::string ticket_state_json(const domain::Ticket& t) {
  namespace json = boost::json;
  json::object state;
  state["services"] = protocol::encode(t.services);
  state["current_service"] = t.current_service;
  state["priority"] = t.priority;
  state["language"] = t.language;
  state["appointment_code"] = protocol::encode(t.appointment_code);
  state["arrived_at"] = protocol::encode(t.arrived_at);
  state["counter_id"] = protocol::encode(t.counter);
  state["called_at"] = protocol::encode(t.called_at);
  state["finished_at"] = protocol::encode(t.finished_at);
  state["recalls"] = t.recalls;
  state["postponements"] = t.postponements;
  return json::serialize(state);
}

}  // namespace civiq::app
