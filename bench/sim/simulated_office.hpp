// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// simulate_day(): a planned day (play_day, office_day.hpp) played against SimulatedOffice: the REAL
// domain engine in simulated time. Every command is an OfficeQueue command at the simulated `now`,
// and the returned events are applied as the server applies them; each applied event feeds a
// ServiceTimeEstimator as OfficeService::learn does. A command the domain refuses is a simulator
// bug and throws std::logic_error.
//
// Estimates: when a ticket is queued (issued, or on to its next service) and every `tick` from
// opening, every predictor is asked for the remaining wait of the waiting tickets; later each
// estimate is compared with when the ticket was actually called. Deterministic: same scenario, plan
// and options, same result. Thread rule: a pure function of its arguments.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "day_plan.hpp"
#include "domain/events.hpp"
#include "domain/ticket.hpp"
#include "office_day.hpp"
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

// The estimates of one waiting ticket at one moment, one per predictor (nothing: no estimate).
struct Observation {
  domain::TicketId ticket;
  std::size_t leg = 0;  // index into the ticket's TicketOutcome::legs
  domain::TimePoint at;
  bool at_issue = false;  // taken when the ticket was issued (leg 0)
  std::vector<std::optional<Estimate>> estimates;
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
