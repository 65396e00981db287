// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "replay_event.hpp"

#include <stdexcept>

#include "protocol/event_codec.hpp"

namespace civiq::app {

domain::Event replay_event(const storage::StoredEvent& stored) {
  auto decoded =
      protocol::decode_event(stored.type, stored.actor, stored.payload,
                             domain::TimePoint{std::chrono::seconds{stored.occurred_at}}, stored.personal.value_or(""));
  if (!decoded.event)
    throw std::runtime_error("stored event " + std::to_string(stored.seq) + " is unreadable: " + decoded.error);
  return std::move(*decoded.event);
}

}  // namespace civiq::app
