// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// play_day(): one planned office day (day_plan.hpp) as a discrete-event simulation of the citizens
// and clerks, played against an Office. The day's behaviour lives here once; where it happens is the
// Office's business: SimulatedOffice (simulated_office.hpp) runs the domain engine in simulated time
// for the accuracy bench, ServerOffice (bench/demo_day) drives a real civiq-server over its public
// API in accelerated real time for the demo.
//
// The day: counters open and close by their shifts; citizens arrive by the plan; a called citizen
// walks up, is served and leaves (or, if the plan says so, is transferred to another service), and
// the clerk wraps up before calling again. A citizen who has waited longer than their patience gives
// up: cancels on the live ticket, or just leaves and becomes a no-show when called (the clerk recalls
// until the recall limit turns it into a no-show). Issuing stops at closing time; counters without a
// closing time serve everyone who is still waiting, then close.
//
// Thread rule: play_day runs on the caller's thread and calls the Office from it only.
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "day_plan.hpp"
#include "domain/ticket.hpp"
#include "scenario.hpp"

namespace civiq::bench {

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
  std::vector<LegOutcome> legs;  // one per queue the ticket waited in, in order
};

// What a citizen asks the kiosk for.
struct Arrival {
  std::size_t visit = 0;  // index into DayPlan::visits
  std::vector<domain::ServiceId> services;
  bool priority = false;
  std::string language;
  const domain::Appointment* appointment = nullptr;  // checks in for this booking
};

// A ticket a counter called.
struct Called {
  domain::TicketId ticket;
  domain::ServiceId service;
};

// The office a day is played against. Every command happens at the office's current time, which
// advance_to() has moved to the moment the plan says. A command the office unexpectedly refuses is
// an error of the office or of the simulator, and throws.
class Office {
 public:
  virtual ~Office() = default;
  // The office's clock reaches `at` (a simulation jumps there, a real server is waited for). Never
  // moves backwards: a time already past changes nothing.
  virtual void advance_to(domain::TimePoint at) = 0;
  // nullopt: the office turned the citizen away (e.g. a check-in a real server found too late).
  virtual std::optional<domain::TicketId> issue(const Arrival& arrival) = 0;
  virtual void open_counter(domain::CounterId counter) = 0;
  virtual void close_counter(domain::CounterId counter) = 0;
  // The ticket the counter's clerk called next; nullopt when nobody waits for this counter. On a
  // real server it may be one the plan does not know (a person drew it at the demo's kiosk).
  virtual std::optional<Called> call_next(domain::CounterId counter) = 0;
  virtual void start(domain::CounterId counter) = 0;
  // True when the citizen stays at the counter: the visit's next service starts there at once.
  virtual bool finish(domain::CounterId counter) = 0;
  virtual void transfer(domain::CounterId counter, domain::ServiceId to) = 0;
  // Calls the absent citizen again; true when the recall limit made the ticket a no-show instead.
  virtual bool recall(domain::CounterId counter) = 0;
  virtual void cancel(domain::TicketId ticket) = 0;  // on the live ticket
  virtual void close_day() = 0;                      // closing time: issuing stops
  // Observers of the day (the accuracy bench's estimates) hook in here; nothing by default.
  virtual void queued(domain::TicketId /*ticket*/, std::size_t /*leg*/, bool /*at_issue*/) {}
  virtual void tick(domain::TimePoint /*at*/) {}  // without advancing the office's clock
};

struct PlayedDay {
  std::vector<TicketOutcome> tickets;  // in issue order
  domain::TimePoint day_end;           // the last counter closed
};

// `tick`: call office.tick(at) every tick from opening while anything else is still to happen.
// `look_for_work`: idle clerks also try to call this often from opening to closing time. Needed
// against a real server, where people draw tickets the plan does not know (a newcomer at the
// demo's kiosk) and no event of the plan would wake an idle clerk for them; the plan's own tickets
// always wake the clerks, so a simulation needs none.
[[nodiscard]] PlayedDay play_day(const Scenario& scenario, const DayPlan& plan, Office& office,
                                 std::optional<Seconds> tick = std::nullopt,
                                 std::optional<Seconds> look_for_work = std::nullopt);

}  // namespace civiq::bench
