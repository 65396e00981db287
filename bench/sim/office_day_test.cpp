// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The simulator's invariants: days end cleanly, numbers are unique, a seed reproduces its day, and
// the FCFS rule really serves in arrival order. One simulated day takes milliseconds.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <variant>

#include "day_plan.hpp"
#include "simulated_office.hpp"
#include "predictors.hpp"
#include "scenario.hpp"

namespace civiq::bench {
namespace {

using domain::TicketStatus;

constexpr int kDaysPerScenario = 3;

SimOptions with_estimates() { return {CallingRule::Civiq, Seconds{300}, [] { return standard_predictors(); }}; }

SimOptions without_estimates(CallingRule rule) {
  SimOptions options;
  options.rule = rule;
  return options;
}

// A comparable fingerprint of what happened: every event's type, time and ticket.
std::vector<std::tuple<std::string, std::int64_t, std::int64_t>> fingerprint(const DayResult& day) {
  std::vector<std::tuple<std::string, std::int64_t, std::int64_t>> out;
  for (const auto& e : day.events) {
    const auto ticket = domain::event_ticket(e.body);
    out.emplace_back(domain::event_type_name(e.body), e.at.time_since_epoch().count(), ticket ? ticket->value : -1);
  }
  return out;
}

}  // namespace

TEST_CASE("every scenario's day ends with each ticket done, cancelled, a no-show or still waiting") {
  std::map<TicketStatus, int> seen;
  for (const auto& scenario : standard_scenarios()) {
    for (const auto rule : {CallingRule::Civiq, CallingRule::FirstComeFirstServed}) {
      for (int d = 0; d < kDaysPerScenario; ++d) {
        CAPTURE(scenario.name);
        CAPTURE(d);
        const DayPlan plan = plan_day(scenario, scenario.seed + static_cast<std::uint64_t>(d));
        const DayResult day = simulate_day(scenario, plan, rule == CallingRule::Civiq ? with_estimates() : without_estimates(rule));
        REQUIRE(!day.tickets.empty());
        CHECK(day.tickets.size() == plan.visits.size());  // everyone who came got a ticket
        CHECK(day.final_tickets.size() == day.tickets.size());
        for (const auto& [id, t] : day.final_tickets) {
          CAPTURE(id.value);
          const bool settled = t.status == TicketStatus::Done || t.status == TicketStatus::Cancelled ||
                               t.status == TicketStatus::NoShow || t.status == TicketStatus::Waiting;
          CHECK(settled);
          ++seen[t.status];
          // Serve-to-end with a counter for every service: nobody is left waiting.
          CHECK(t.status != TicketStatus::Waiting);
        }
        // Outcomes agree with the queue: a citizen who cancelled is Cancelled, one who left is a
        // no-show, everyone else was served for every service.
        for (const auto& outcome : day.tickets) {
          const domain::Ticket& t = day.final_tickets.at(outcome.ticket);
          const Visit& visit = plan.visits[outcome.visit];
          const LegOutcome& last = outcome.legs.back();
          if (last.gave_up_at) {
            CHECK(t.status == (visit.cancels_when_leaving ? TicketStatus::Cancelled : TicketStatus::NoShow));
          } else {
            CHECK(t.status == TicketStatus::Done);
            CHECK(outcome.legs.size() == visit.services.size());
            for (const auto& leg : outcome.legs) CHECK((leg.called_at && *leg.called_at >= leg.queued_at));
          }
        }
        CHECK(day.day_end >= at_local(scenario.closes));
      }
    }
  }
  // The days exercised giving up both ways (cancel on the live ticket; leave and be a no-show).
  CHECK(seen[TicketStatus::Cancelled] > 0);
  CHECK(seen[TicketStatus::NoShow] > 0);
}

TEST_CASE("the demo's day transfers some tickets, speaks several languages and ends with everyone settled") {
  const Scenario scenario = demo_scenario();
  const DayPlan plan = plan_day(scenario, scenario.seed);
  const DayResult day = simulate_day(scenario, plan, SimOptions{});
  std::size_t transfers = 0;
  for (const auto& e : day.events) transfers += std::holds_alternative<domain::TicketTransferred>(e.body) ? 1 : 0;
  std::set<std::string> languages;
  std::size_t transferred_visits = 0;
  for (const auto& outcome : day.tickets) {
    const Visit& visit = plan.visits[outcome.visit];
    const domain::Ticket& t = day.final_tickets.at(outcome.ticket);
    languages.insert(t.language);
    CHECK(t.language == visit.language);
    if (!visit.transferred) continue;
    ++transferred_visits;
    CHECK(t.services.size() == 1);  // asked for one service; the clerk changed it
    if (!outcome.legs.front().gave_up_at && !outcome.legs.back().gave_up_at) {
      CHECK(outcome.legs.size() == 2);
      CHECK(t.service() == scenario.behaviour.transfer_to);
      CHECK(t.status == TicketStatus::Done);
    }
  }
  CHECK(transferred_visits > 0);
  CHECK(transfers > 0);
  CHECK(transfers <= transferred_visits);
  CHECK(languages.size() >= 3);
  for (const auto& [id, t] : day.final_tickets) CHECK(t.status != TicketStatus::Waiting);
  CHECK(find_scenario("loebau").has_value());
  CHECK(find_scenario("rush_hour").has_value());
  CHECK(!find_scenario("nowhere").has_value());
}

TEST_CASE("ticket numbers are unique within a day") {
  for (const auto& scenario : standard_scenarios()) {
    CAPTURE(scenario.name);
    const DayPlan plan = plan_day(scenario, scenario.seed);
    const DayResult day = simulate_day(scenario, plan, SimOptions{});
    std::set<std::pair<std::string, int>> numbers;
    std::set<std::string> tokens;
    for (const auto& [id, t] : day.final_tickets) {
      CHECK(numbers.insert({t.number.prefix, t.number.value}).second);
      CHECK(tokens.insert(t.token).second);
    }
    CHECK(numbers.size() == day.final_tickets.size());
  }
}

TEST_CASE("a fixed seed reproduces the same day, plan and estimates; another seed does not") {
  const Scenario scenario = standard_scenarios().at(3);  // appointments: every kind of visit
  const DayPlan a = plan_day(scenario, 42);
  const DayPlan b = plan_day(scenario, 42);
  REQUIRE(a.visits.size() == b.visits.size());
  for (std::size_t v = 0; v < a.visits.size(); ++v) {
    CHECK(a.visits[v].arrives == b.visits[v].arrives);
    CHECK(a.visits[v].services == b.visits[v].services);
    CHECK(a.visits[v].service_time == b.visits[v].service_time);
    CHECK(a.visits[v].patience == b.visits[v].patience);
  }
  const DayResult first = simulate_day(scenario, a, with_estimates());
  const DayResult second = simulate_day(scenario, b, with_estimates());
  CHECK(fingerprint(first) == fingerprint(second));
  REQUIRE(first.observations.size() == second.observations.size());
  for (std::size_t i = 0; i < first.observations.size(); ++i) {
    CHECK(first.observations[i].ticket == second.observations[i].ticket);
    CHECK(first.observations[i].at == second.observations[i].at);
    CHECK(first.observations[i].estimates == second.observations[i].estimates);
  }
  CHECK(fingerprint(simulate_day(scenario, plan_day(scenario, 43), SimOptions{})) != fingerprint(first));
}

TEST_CASE("the plan keeps to the opening hours and the check-in window") {
  for (const auto& scenario : standard_scenarios()) {
    CAPTURE(scenario.name);
    const DayPlan plan = plan_day(scenario, scenario.seed);
    CHECK(std::is_sorted(plan.visits.begin(), plan.visits.end(),
                         [](const Visit& x, const Visit& y) { return x.arrives < y.arrives; }));
    for (const auto& visit : plan.visits) {
      CHECK(visit.arrives >= at_local(scenario.opens));
      CHECK(visit.arrives < at_local(scenario.closes));
      CHECK(visit.walk_up.size() == visit.services.size());
      CHECK(visit.service_time.size() == visit.services.size());
      CHECK(visit.wrap_up.size() == visit.services.size());
      for (const auto t : visit.service_time) CHECK(t >= scenario.behaviour.min_service);
      if (visit.appointment) {
        const auto slot = plan.appointments.at(*visit.appointment).time;
        CHECK(visit.arrives >= slot - scenario.queue.check_in.earliest_before);
        CHECK(visit.arrives <= slot + scenario.queue.check_in.latest_after);
      }
    }
  }
}

// Per service, the first calls in the order the tickets were issued. Ticket ids are issued in order.
bool first_calls_in_issue_order(const DayResult& day) {
  std::map<domain::ServiceId, std::vector<domain::TimePoint>> calls;
  for (const auto& t : day.tickets)
    if (t.legs.front().called_at) calls[t.legs.front().service].push_back(*t.legs.front().called_at);
  return std::all_of(calls.begin(), calls.end(),
                     [](const auto& entry) { return std::is_sorted(entry.second.begin(), entry.second.end()); });
}

TEST_CASE("FCFS calls each service's tickets in the order they were issued; civiq's policy does not") {
  bool civiq_overtook = false;
  for (const auto& scenario : standard_scenarios()) {
    for (int d = 0; d < kDaysPerScenario; ++d) {
      CAPTURE(scenario.name);
      CAPTURE(d);
      const DayPlan plan = plan_day(scenario, scenario.seed + static_cast<std::uint64_t>(d));
      CHECK(first_calls_in_issue_order(simulate_day(scenario, plan, without_estimates(CallingRule::FirstComeFirstServed))));
      civiq_overtook = civiq_overtook || !first_calls_in_issue_order(simulate_day(scenario, plan, SimOptions{}));
    }
  }
  CHECK(civiq_overtook);  // priority and appointments: the check above can fail
}

TEST_CASE("estimates are taken at issue and at every tick, for waiting tickets only") {
  const Scenario scenario = standard_scenarios().at(1);  // rush hour: long queues
  const DayPlan plan = plan_day(scenario, scenario.seed);
  const DayResult day = simulate_day(scenario, plan, with_estimates());
  CHECK(day.predictor_names == std::vector<std::string>{"civiq", "QL", "QL-obs", "LES", "HOL", "DAY"});
  std::size_t at_issue = 0;
  for (const auto& o : day.observations) {
    REQUIRE(o.estimates.size() == day.predictor_names.size());
    CHECK(o.estimates[0].has_value());  // civiq has an estimate for every waiting ticket here
    if (o.at_issue) {
      ++at_issue;
      CHECK(o.leg == 0);
    } else {
      CHECK(((o.at - at_local(scenario.opens)).count() % 300 == 0 || o.leg > 0));
    }
  }
  CHECK(at_issue == day.tickets.size());
  CHECK(day.observations.size() > 3 * day.tickets.size());  // long waits: many updates
}

TEST_CASE("without predictors nothing is estimated and the day is the same") {
  const Scenario scenario = standard_scenarios().at(0);
  const DayPlan plan = plan_day(scenario, scenario.seed);
  const DayResult plain = simulate_day(scenario, plan, SimOptions{});
  CHECK(plain.observations.empty());
  CHECK(fingerprint(plain) == fingerprint(simulate_day(scenario, plan, with_estimates())));
}

}  // namespace civiq::bench

namespace civiq::bench {
namespace {

using domain::TimePoint;

// An office where nothing of the plan happens, but a person draws a ticket at `drawn_at` (as a
// newcomer does at the demo's kiosk): only a clerk who looks for work can find it.
class OfficeWithANewcomer : public Office {
 public:
  explicit OfficeWithANewcomer(TimePoint drawn_at) : drawn_at_(drawn_at) {}
  void advance_to(TimePoint at) override { now_ = std::max(now_, at); }
  std::optional<domain::TicketId> issue(const Arrival&) override { throw std::logic_error("the plan is empty"); }
  void open_counter(domain::CounterId) override {}
  void close_counter(domain::CounterId) override {}
  std::optional<Called> call_next(domain::CounterId) override {
    if (now_ < drawn_at_ || called_at) return std::nullopt;
    called_at = now_;
    return Called{domain::TicketId{1}, domain::ServiceId{1}};
  }
  void start(domain::CounterId) override {}
  bool finish(domain::CounterId) override { return false; }
  void transfer(domain::CounterId, domain::ServiceId) override {}
  bool recall(domain::CounterId) override { return false; }
  void cancel(domain::TicketId) override {}
  void close_day() override {}

  std::optional<TimePoint> called_at;

 private:
  TimePoint drawn_at_;
  TimePoint now_{};
};

}  // namespace

TEST_CASE("idle clerks who look for work call a ticket the plan does not know, also in a quiet hour") {
  const Scenario scenario = *find_scenario("loebau");
  const DayPlan quiet_day{1, {}, {}};  // nobody of the plan comes: no event would wake a clerk
  const TimePoint drawn_at = at_local(scenario.opens) + std::chrono::hours{2} + Seconds{13};

  OfficeWithANewcomer unwatched(drawn_at);
  (void)play_day(scenario, quiet_day, unwatched);
  CHECK_FALSE(unwatched.called_at.has_value());  // the bug: called never

  OfficeWithANewcomer watched(drawn_at);
  const PlayedDay day = play_day(scenario, quiet_day, watched, std::nullopt, Seconds{60});
  REQUIRE(watched.called_at.has_value());
  CHECK(*watched.called_at >= drawn_at);
  CHECK(*watched.called_at - drawn_at <= Seconds{60});
  CHECK(day.day_end > *watched.called_at);  // served before the clerks went home
}

}  // namespace civiq::bench
