// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Test-only: one short function per event type, so a test reads as the day it describes. Times come
// from the domain's fixture (Monday 2026-11-23, Berlin winter time); the counter is kCounter1 unless
// it matters. Thread rule: plain functions, used from the doctest thread only.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/test_support.hpp"
#include "visit.hpp"

namespace civiq::statistics {

// Readable doctest output; found by ADL, so next to the types.
inline doctest::String toString(SegmentOutcome outcome) {
  switch (outcome) {
    case SegmentOutcome::Open:
      return "Open";
    case SegmentOutcome::Served:
      return "Served";
    case SegmentOutcome::NotServed:
      return "NotServed";
    case SegmentOutcome::NoShow:
      return "NoShow";
    case SegmentOutcome::CancelledByCitizen:
      return "CancelledByCitizen";
    case SegmentOutcome::CancelledEndOfDay:
      return "CancelledEndOfDay";
    case SegmentOutcome::TransferredAway:
      return "TransferredAway";
  }
  return "?";
}

namespace test {

// A duration in seconds for CHECKs, kNone when absent: a failed check shows both numbers.
inline constexpr std::int64_t kNone = -1;
inline std::int64_t secs(const std::optional<Seconds>& duration) {
  return duration ? duration->count() : kNone;
}

using domain::test::kCounter1;
using domain::test::kPass;
using domain::test::kRegistration;
using domain::test::monday;

inline constexpr TicketId kTicket{1};
inline constexpr TicketId kOtherTicket{2};

inline domain::Event event(TimePoint at, domain::EventBody body) {
  return domain::Event{at, {}, std::move(body)};
}

inline domain::Event issued(TimePoint at, TicketId ticket, std::vector<ServiceId> services,
                            std::optional<std::string> appointment_code = std::nullopt) {
  domain::TicketIssued body;
  body.ticket = ticket;
  body.token = "token-" + std::to_string(ticket.value);
  body.services = std::move(services);
  if (appointment_code) body.appointment_time = at;
  body.appointment_code = std::move(appointment_code);
  return event(at, std::move(body));
}
inline domain::Event called(TimePoint at, TicketId ticket) {
  return event(at, domain::TicketCalled{ticket, kCounter1});
}
inline domain::Event recalled(TimePoint at, TicketId ticket, int count = 1) {
  return event(at, domain::TicketRecalled{ticket, kCounter1, count});
}
inline domain::Event started(TimePoint at, TicketId ticket) {
  return event(at, domain::ServiceStarted{ticket, kCounter1});
}
inline domain::Event finished(TimePoint at, TicketId ticket, ServiceId service, std::int64_t served_s,
                              domain::ServiceOutcome outcome = domain::ServiceOutcome::Served,
                              bool stays_at_counter = false) {
  return event(at, domain::ServiceFinished{ticket, kCounter1, service, served_s, outcome, stays_at_counter});
}
inline domain::Event no_show(TimePoint at, TicketId ticket) {
  return event(at, domain::TicketNoShow{ticket, kCounter1});
}
inline domain::Event parked(TimePoint at, TicketId ticket) {
  return event(at, domain::TicketParked{ticket, kCounter1});
}
inline domain::Event reactivated(TimePoint at, TicketId ticket) {
  return event(at, domain::TicketReactivated{ticket});
}
inline domain::Event transferred(TimePoint at, TicketId ticket, ServiceId from, ServiceId to,
                                 std::optional<std::int64_t> served_s) {
  return event(at, domain::TicketTransferred{ticket, to, std::nullopt, from, served_s, std::nullopt});
}
inline domain::Event cancelled(TimePoint at, TicketId ticket, domain::CancelReason reason) {
  return event(at, domain::TicketCancelled{ticket, reason});
}
inline domain::Event postponed(TimePoint at, TicketId ticket) {
  return event(at, domain::TicketPostponed{ticket, 1, at, 0.0});
}

// A walk-in served without fuss: issued, called after `wait`, started a minute later, served `served_s`.
inline domain::Events served_walk_in(TicketId ticket, ServiceId service, TimePoint at, Seconds wait,
                                     std::int64_t served_s = 300) {
  const TimePoint call = at + wait;
  const TimePoint start = call + std::chrono::minutes{1};
  return {issued(at, ticket, {service}), called(call, ticket), started(start, ticket),
          finished(start + Seconds{served_s}, ticket, service, served_s)};
}

}  // namespace test
}  // namespace civiq::statistics
