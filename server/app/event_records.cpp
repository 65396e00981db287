// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "event_records.hpp"

#include <stdexcept>

#include "protocol/event_codec.hpp"

namespace civiq::app {

storage::StoredEvent event_record(const domain::Event& event, const std::string& office_id,
                                  const std::string& office_day, std::optional<std::string> idempotency_key) {
  auto encoded = protocol::encode_event(event);
  const auto ticket = domain::event_ticket(event.body);
  return {.seq = 0,
          .office_id = office_id,
          .office_day = office_day,
          .ticket_id = ticket ? std::optional(ticket->value) : std::nullopt,
          .type = std::move(encoded.type),
          .actor = std::move(encoded.actor),
          .payload = std::move(encoded.payload),
          .occurred_at = event.at.time_since_epoch().count(),
          .idempotency_key = std::move(idempotency_key),
          .personal = encoded.personal.empty() ? std::nullopt : std::optional(std::move(encoded.personal))};
}

domain::Event replay_event(const storage::StoredEvent& stored) {
  auto decoded =
      protocol::decode_event(stored.type, stored.actor, stored.payload,
                             domain::TimePoint{std::chrono::seconds{stored.occurred_at}}, stored.personal.value_or(""));
  if (!decoded.event)
    throw std::runtime_error("stored event " + std::to_string(stored.seq) + " is unreadable: " + decoded.error);
  return std::move(*decoded.event);
}

}  // namespace civiq::app
