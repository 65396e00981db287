// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Domain events to and from their stored form (a type name, an actor string and a JSON payload),
// used by the server's event store and, later, by central sync. Thread rule: stateless.
#include <string>
#include <string_view>

#include "domain/events.hpp"

namespace civiq::protocol {

// The payload version this build writes for an event type (the "v" field of its payloads, and
// event_types.version in the branch database). Readers accept every version up to it, and payloads
// without "v" (written before versions existed) as version 1; an older payload is brought to today's
// shape on reading, so that stored events always replay. A payload from a newer civiq is refused
// with a clear error rather than misread. Raising a type's version means a decoding step from the
// old shape here, and a migration updating event_types.version.
[[nodiscard]] int payload_version(std::string_view type);

struct EncodedEvent {
  std::string type;     // event_type_name(), e.g. "ticket_called"
  std::string actor;    // "staff:anna", "device:kiosk-1", "citizen", "system"
  std::string payload;  // JSON object of the event body and its version "v"
  // The event's personal data (a JSON object, e.g. a transfer note), kept out of the payload so that
  // retention can forget it while the event still replays; empty when the event has none.
  std::string personal;
};

[[nodiscard]] EncodedEvent encode_event(const domain::Event& event);
[[nodiscard]] std::string encode_actor(const domain::Actor& actor);

struct DecodedEvent {
  std::optional<domain::Event> event;
  std::string error;
};
// `personal`: what encode_event set apart, or empty when there was none or retention forgot it.
[[nodiscard]] DecodedEvent decode_event(const std::string& type, const std::string& actor,
                                        const std::string& payload, domain::TimePoint at,
                                        std::string_view personal = {});

}  // namespace civiq::protocol
