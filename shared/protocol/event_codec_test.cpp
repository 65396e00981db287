// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "event_codec.hpp"

#include <doctest/doctest.h>

namespace civiq::protocol {
namespace {

using namespace civiq::domain;

const TimePoint kAt{std::chrono::seconds{1'795'000'000}};

Event round_trip(const Event& event) {
  const auto encoded = encode_event(event);
  auto decoded = decode_event(encoded.type, encoded.actor, encoded.payload, event.at, encoded.personal);
  REQUIRE_MESSAGE(decoded.event, decoded.error);
  return *decoded.event;
}

}  // namespace

TEST_CASE("every domain event survives storage encoding") {
  const Actor clerk{Actor::Kind::Staff, "anna"};
  const std::vector<EventBody> bodies{
      TicketIssued{TicketId{7}, "tok", TicketNumber{"A", 42}, {ServiceId{1}, ServiceId{2}}, true, "cs", "LB-1", kAt},
      TicketCalled{TicketId{7}, CounterId{3}},
      TicketRecalled{TicketId{7}, CounterId{3}, 2},
      ServiceStarted{TicketId{7}, CounterId{3}},
      ServiceFinished{TicketId{7}, CounterId{3}, ServiceId{1}, 421, ServiceOutcome::NotServed, true},
      TicketNoShow{TicketId{7}, CounterId{3}, NoShowReason::RecallLimit},
      TicketParked{TicketId{7}, CounterId{3}},
      TicketTransferred{TicketId{7}, ServiceId{2}, CounterId{4}, ServiceId{1}, 95, "Ausweis liegt vor"},
      TicketReactivated{TicketId{7}},
      TicketCancelled{TicketId{7}, CancelReason::EndOfDay},
      TicketPostponed{TicketId{7}, 3, kAt + std::chrono::seconds{5}},
      CounterOpened{CounterId{3}, "anna"},
      CounterClosed{CounterId{3}},
      CounterAlarmRaised{CounterId{3}},
      CounterAlarmAcknowledged{CounterId{3}},
      CounterBreakStarted{CounterId{3}, "lunch"},
      CounterBreakEnded{CounterId{3}},
  };
  REQUIRE(bodies.size() == std::variant_size_v<EventBody>);
  for (const auto& body : bodies) {
    const Event back = round_trip(Event{kAt, clerk, body});
    CHECK(back.body.index() == body.index());
    CHECK(back.actor.name == "anna");
    CHECK(back.actor.kind == Actor::Kind::Staff);
    CHECK(encode_event(back).payload == encode_event(Event{kAt, clerk, body}).payload);
  }
  const auto issued = std::get<TicketIssued>(round_trip(Event{kAt, clerk, bodies[0]}).body);
  CHECK(issued.number == TicketNumber{"A", 42});
  CHECK(issued.appointment_time == kAt);
  const auto finished = std::get<ServiceFinished>(round_trip(Event{kAt, clerk, bodies[4]}).body);
  CHECK(finished.outcome == ServiceOutcome::NotServed);
  CHECK(finished.stays_at_counter);
  const auto transferred = std::get<TicketTransferred>(round_trip(Event{kAt, clerk, bodies[7]}).body);
  CHECK(transferred.note == "Ausweis liegt vor");
  CHECK(transferred.served_s == 95);
}

TEST_CASE("a transfer note is personal data: stored beside the payload, and the event replays without it") {
  const Event event{kAt, {}, TicketTransferred{TicketId{7}, ServiceId{2}, std::nullopt, ServiceId{1}, 60, "Frau M."}};
  const auto encoded = encode_event(event);
  CHECK(encoded.payload.find("Frau") == std::string::npos);
  CHECK(encoded.personal == R"({"note":"Frau M."})");
  // Retention has forgotten it: the transfer itself is intact.
  const auto forgotten = decode_event(encoded.type, encoded.actor, encoded.payload, kAt);
  REQUIRE(forgotten.event);
  const auto& body = std::get<TicketTransferred>(forgotten.event->body);
  CHECK_FALSE(body.note.has_value());
  CHECK(body.to_service == ServiceId{2});
  CHECK(body.served_s == 60);
  // Without a note there is nothing personal to keep.
  CHECK(encode_event(Event{kAt, {}, TicketTransferred{TicketId{7}, ServiceId{2}, std::nullopt, std::nullopt, std::nullopt, std::nullopt}}).personal.empty());
  // Only fields the contract calls personal are taken from beside the payload.
  CHECK(decode_event(encoded.type, encoded.actor, encoded.payload, kAt, R"({"to_service":3})").error ==
        "ticket_transferred: to_service is not personal data");
  CHECK(decode_event(encoded.type, encoded.actor, encoded.payload, kAt, "[").error ==
        "ticket_transferred: malformed personal data");
}

TEST_CASE("payloads of version 1 read in today's shape") {
  // Written before #14: no outcome (every service counted as served), the next service was queued.
  const auto finished = decode_event("service_finished", "staff:anna",
                                     R"({"ticket":7,"counter":3,"service":1,"served_s":421,"v":1})", kAt);
  REQUIRE_MESSAGE(finished.event, finished.error);
  CHECK(std::get<ServiceFinished>(finished.event->body).outcome == ServiceOutcome::Served);
  CHECK_FALSE(std::get<ServiceFinished>(finished.event->body).stays_at_counter);
  const auto transferred =
      decode_event("ticket_transferred", "staff:anna", R"({"ticket":7,"to_service":2,"to_counter":null,"v":1})", kAt);
  REQUIRE_MESSAGE(transferred.event, transferred.error);
  CHECK_FALSE(std::get<TicketTransferred>(transferred.event->body).from_service.has_value());
  CHECK(payload_version("service_finished") == 2);
  CHECK(payload_version("ticket_transferred") == 2);
  CHECK(payload_version("ticket_called") == 1);
  CHECK(decode_event("service_finished", "system", R"({"ticket":7,"counter":3,"service":1,"served_s":1,"v":3})", kAt)
            .error == "service_finished: payload version 3 was written by a newer civiq (this one reads up to 2)");
}

TEST_CASE("actors encode compactly") {
  CHECK(encode_actor(Actor{Actor::Kind::Device, "kiosk-1"}) == "device:kiosk-1");
  CHECK(encode_actor(Actor{Actor::Kind::Citizen, ""}) == "citizen");
  CHECK(encode_actor(Actor{}) == "system");
}

TEST_CASE("corrupt stored events are reported, not thrown") {
  CHECK(decode_event("ticket_teleported", "system", "{}", kAt).error == "unknown event type ticket_teleported");
  CHECK(decode_event("ticket_called", "system", "{", kAt).error.starts_with("malformed event payload"));
  CHECK(decode_event("ticket_called", "system", R"({"ticket": 1})", kAt).error == "ticket_called: counter: is required");
}

TEST_CASE("payloads carry their version; old ones without it read as version 1, newer ones are refused") {
  const auto encoded = encode_event(Event{kAt, {}, domain::CounterClosed{domain::CounterId{3}}});
  CHECK(encoded.payload.find(R"("v":1)") != std::string::npos);
  CHECK(decode_event(encoded.type, encoded.actor, encoded.payload, kAt).event);
  CHECK(decode_event("counter_closed", "system", R"({"counter":3})", kAt).event);  // before versions
  CHECK(decode_event("counter_closed", "system", R"({"counter":3,"v":2})", kAt).error ==
        "counter_closed: payload version 2 was written by a newer civiq (this one reads up to 1)");
  CHECK(decode_event("counter_closed", "system", R"({"counter":3,"v":"1"})", kAt).error ==
        "counter_closed: v: expected a payload version >= 1");
}

}  // namespace civiq::protocol
