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
  auto decoded = decode_event(encoded.type, encoded.actor, encoded.payload, event.at);
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
      ServiceFinished{TicketId{7}, CounterId{3}, ServiceId{1}, 421},
      TicketNoShow{TicketId{7}, CounterId{3}, NoShowReason::RecallLimit},
      TicketParked{TicketId{7}, CounterId{3}},
      TicketTransferred{TicketId{7}, ServiceId{2}, CounterId{4}},
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
