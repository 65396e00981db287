#pragma once
// simulate_day(): one office day as a discrete-event simulation that drives the REAL domain engine.
// Every change goes through an OfficeQueue command (issue, check-in, open_counter, call_next or call,
// recall, start, finish, no_show, cancel, close_counter, close_day) at the simulated `now`, and the
// returned events are applied, as the server does. ServiceFinished feeds a ServiceTimeEstimator, as
// OfficeService::learn does. A command the simulator expects to succeed but that the domain refuses
// is a simulator bug and throws std::logic_error.
//
// The day: counters open and close by their shifts; citizens arrive by the plan; a called citizen
// walks up, is served and leaves, and the clerk wraps up before calling again. A citizen who has
// waited longer than their patience gives up: cancels on the live ticket, or just leaves and becomes a
// no-show when called (the clerk recalls twice, then the recall limit turns it into a no-show).
// Issuing stops at closing time; with EndOfDayRule::ServeToEnd the counters without a closing time
// serve everyone who is still waiting, then close.
//
// Estimates: when a ticket is issued (before any counter can call it) and every `tick` from opening,
// every predictor is asked for the remaining wait of the waiting tickets; later each estimate is
// compared with when the ticket was actually called. Deterministic: same scenario, plan and options,
// same result. Thread rule: a pure function of its arguments.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "day_plan.hpp"
#include "domain/events.hpp"
#include "domain/ticket.hpp"
#include "predictors.hpp"
#include "scenario.hpp"

namespace civiq::bench {

enum class CallingRule {
  Civiq,                  // OfficeQueue::call_next: the configured CallingPolicy
  FirstComeFirstServed,   // OfficeQueue::call on the oldest ticket the counter may serve (by issue time)
};

struct SimOptions {
  CallingRule rule = CallingRule::Civiq;
  Seconds tick{300};
  PredictorFactory predictors;  // empty: no estimates are recorded
};

enum class VisitKind { WalkIn, Priority, Appointment };

// One service of a ticket: when it entered that service's queue and when it was first called.
struct LegOutcome {
  domain::ServiceId service;
  domain::TimePoint queued_at;
  std::optional<domain::TimePoint> called_at;
  std::optional<domain::TimePoint> gave_up_at;  // left this queue: cancelled, or left and became a no-show
};

struct TicketOutcome {
  domain::TicketId ticket;
  std::size_t visit = 0;  // index into DayPlan::visits
  VisitKind kind = VisitKind::WalkIn;
  std::optional<domain::TimePoint> appointment_time;
  std::vector<LegOutcome> legs;
};

// The estimates of one waiting ticket at one moment, one per predictor (nothing: no estimate).
struct Observation {
  domain::TicketId ticket;
  std::size_t leg = 0;
  domain::TimePoint at;
  bool at_issue = false;  // taken when the ticket was issued (leg 0)
  std::vector<std::optional<Seconds>> estimates;
};

struct DayResult {
  std::vector<std::string> predictor_names;
  std::vector<TicketOutcome> tickets;  // in issue order
  std::vector<Observation> observations;
  domain::Events events;                             // every applied event, in order
  std::map<domain::TicketId, domain::Ticket> final_tickets;  // the queue's tickets at day end
  domain::TimePoint day_end;                         // the last counter closed
};

[[nodiscard]] DayResult simulate_day(const Scenario& scenario, const DayPlan& plan, const SimOptions& options);

}  // namespace civiq::bench
