// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Domain events: every change of a branch's queue is exactly one of these. They are stored append-only
// (ticket_events) and the queue state is their fold (OfficeQueue::apply), so replaying a day's events
// rebuilds the state that was acknowledged. Events carry every value apply() needs: apply never decides.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "berlin_time.hpp"
#include "ids.hpp"
#include "ticket.hpp"
#include "ticket_numbering.hpp"

namespace civiq::domain {

// Who caused a change, for the audit trail. Never personal data of citizens.
struct Actor {
  enum class Kind { System, Device, Staff, Citizen };
  Kind kind = Kind::System;
  std::string name;  // user or device name; empty for system and citizen
};

struct TicketIssued {
  TicketId ticket;
  std::string token;
  TicketNumber number;
  std::vector<ServiceId> services;
  bool priority = false;
  std::string language;
  std::optional<std::string> appointment_code;
  std::optional<TimePoint> appointment_time;
};
struct TicketCalled { TicketId ticket; CounterId counter; };
struct TicketRecalled { TicketId ticket; CounterId counter; int recall_count = 0; };
struct ServiceStarted { TicketId ticket; CounterId counter; };
// How one service of a visit ended: a citizen who lacks a document "could not be served", which the
// statistics count apart from the served.
enum class ServiceOutcome { Served, NotServed };
// served_s lets wait estimation learn service times from the event alone. stays_at_counter: the
// visit has a next service that this counter serves, so the citizen stays and it starts at once
// (payload version 2; version 1 payloads read as Served and not staying, as they then were).
struct ServiceFinished {
  TicketId ticket;
  CounterId counter;
  ServiceId service;
  std::int64_t served_s = 0;
  ServiceOutcome outcome = ServiceOutcome::Served;
  bool stays_at_counter = false;
};
enum class NoShowReason { Clerk, RecallLimit };
struct TicketNoShow { TicketId ticket; CounterId counter; NoShowReason reason = NoShowReason::Clerk; };
struct TicketParked { TicketId ticket; CounterId counter; };
// Payload version 2 adds from_service and served_s (the time served before the transfer, which counts
// for the service that was served) and the clerk's note for the next counter. The note may name the
// citizen: it is personal data, stored beside the event and forgotten after retention.
struct TicketTransferred {
  TicketId ticket;
  ServiceId to_service;
  std::optional<CounterId> to_counter;
  std::optional<ServiceId> from_service;
  std::optional<std::int64_t> served_s;  // absent when nobody served it (waiting, or a v1 payload)
  std::optional<std::string> note;
};
struct TicketReactivated { TicketId ticket; };
struct TicketCancelled { TicketId ticket; CancelReason reason = CancelReason::Citizen; };
struct TicketPostponed { TicketId ticket; int places = 0; TimePoint new_rank_time; double new_rank_tiebreak = 0.0; };
struct CounterOpened { CounterId counter; std::string clerk; };
struct CounterClosed { CounterId counter; };
// A clerk in danger calls for help: every staff client shows it until a colleague acknowledges it.
// The actor names who raised it and who acknowledged it.
struct CounterAlarmRaised { CounterId counter; };
struct CounterAlarmAcknowledged { CounterId counter; };
// The clerk steps away (reason: one of the office's break reasons): the counter stays theirs but
// calls nobody and counts for no wait estimate until the break ends or the counter closes.
struct CounterBreakStarted { CounterId counter; std::string reason; };
struct CounterBreakEnded { CounterId counter; };

using EventBody = std::variant<TicketIssued, TicketCalled, TicketRecalled, ServiceStarted, ServiceFinished,
                               TicketNoShow, TicketParked, TicketTransferred, TicketReactivated,
                               TicketCancelled, TicketPostponed, CounterOpened, CounterClosed,
                               CounterAlarmRaised, CounterAlarmAcknowledged, CounterBreakStarted,
                               CounterBreakEnded>;

struct Event {
  TimePoint at;
  Actor actor;
  EventBody body;
};

using Events = std::vector<Event>;

// The stable name stored in ticket_events.type and sent on the wire ("ticket_issued", ...).
[[nodiscard]] const char* event_type_name(const EventBody& body);
// The ticket an event is about, or nothing for counter events.
[[nodiscard]] std::optional<TicketId> event_ticket(const EventBody& body);

}  // namespace civiq::domain
