// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Domain events to and from their stored form (a type name, an actor string and a JSON payload),
// used by the server's event store and, later, by central sync. Thread rule: stateless.
#include <string>

#include "domain/events.hpp"

namespace civiq::protocol {

// The payload version this build writes (the "v" field of every payload). Readers accept every
// version up to it, and payloads without "v" (written before versions existed) as version 1. A
// payload from a newer civiq is refused with a clear error rather than misread. Raising it for a
// type means keeping the decoder of the old shape, and a migration updating event_types.version.
inline constexpr int kEventPayloadVersion = 1;

struct EncodedEvent {
  std::string type;     // event_type_name(), e.g. "ticket_called"
  std::string actor;    // "staff:anna", "device:kiosk-1", "citizen", "system"
  std::string payload;  // JSON object of the event body and its version "v"
};

[[nodiscard]] EncodedEvent encode_event(const domain::Event& event);
[[nodiscard]] std::string encode_actor(const domain::Actor& actor);

struct DecodedEvent {
  std::optional<domain::Event> event;
  std::string error;
};
[[nodiscard]] DecodedEvent decode_event(const std::string& type, const std::string& actor,
                                        const std::string& payload, domain::TimePoint at);

}  // namespace civiq::protocol
