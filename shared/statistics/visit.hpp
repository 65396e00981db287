// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A visit is one ticket's day as the statistics see it: when the citizen came, how, and one segment per
// service it was in the queue for. Every figure (figures.hpp, docs/statistics.md) is counted from these
// records, never from the events directly, so each duration has exactly one definition: the one here.
// Invariants: segments are in the order the citizen went through them; at most the last segment is
// Open; a duration is present only when both of its ends were seen in the events.
// Thread rule: plain values, no shared state.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/berlin_time.hpp"
#include "domain/ids.hpp"

namespace civiq::statistics {

using domain::ServiceId;
using domain::TicketId;
using domain::TimePoint;
using Seconds = std::chrono::seconds;

enum class VisitKind { WalkIn, Appointment };  // Appointment: the ticket was issued with an appointment_code

// How a segment began.
enum class SegmentStart {
  Issued,           // the ticket's first service, waiting from TicketIssued
  NextService,      // the previous service finished and the citizen queued again (ServiceFinished)
  StayedAtCounter,  // the previous service's clerk went straight on (ServiceFinished.stays_at_counter)
  TransferredIn,    // a clerk transferred the ticket here (TicketTransferred.to_service)
};

// How a segment ended; the last event about it decides (a no-show that was reactivated and then
// served is Served).
enum class SegmentOutcome {
  Open,                // the events end while it waits, is called, served or parked
  Served,              // ServiceFinished, outcome Served
  NotServed,           // ServiceFinished, outcome NotServed (e.g. a document was missing)
  NoShow,              // TicketNoShow and never reactivated
  CancelledByCitizen,  // TicketCancelled, reason Citizen
  CancelledEndOfDay,   // TicketCancelled, reason EndOfDay
  TransferredAway,     // TicketTransferred: the ticket went on to another service or counter
};

struct ServiceSegment {
  ServiceId service;
  SegmentStart start = SegmentStart::Issued;
  TimePoint waiting_since;  // issue, the previous ServiceFinished, or the transfer
  std::optional<TimePoint> first_called_at;
  // first_called_at - waiting_since. A recall, a call back after parking or a call after a
  // reactivated no-show do not change it. 0 s for StayedAtCounter. Absent if it was never called.
  std::optional<Seconds> wait;
  // From the latest TicketCalled (recalls are the same call repeated, so they do not restart it) to
  // the segment's first ServiceStarted. Absent when the clerk never pressed start, or StayedAtCounter.
  std::optional<Seconds> walk;
  // served_s of the ServiceFinished or TicketTransferred that ended the segment: the time this service
  // took, whatever its outcome. Absent for other outcomes and for version 1 transfers.
  std::optional<Seconds> served;
  SegmentOutcome outcome = SegmentOutcome::Open;
  std::optional<TimePoint> ended_at;
  Seconds parked{0};  // sum of TicketParked → next call, reactivation or cancellation
  int parkings = 0;
  int recalls = 0;        // TicketRecalled events
  int no_shows = 0;       // TicketNoShow events, including those later reactivated
  int reactivations = 0;  // TicketReactivated events (of a no-show or a parked ticket)
  int postponements = 0;  // TicketPostponed events while waiting for this service
};

struct Visit {
  TicketId ticket;
  TimePoint issued_at;
  VisitKind kind = VisitKind::WalkIn;
  bool priority = false;
  std::optional<TimePoint> appointment_time;
  std::vector<ServiceId> requested;  // TicketIssued.services: what the citizen came for
  std::vector<ServiceSegment> segments;
};

}  // namespace civiq::statistics
