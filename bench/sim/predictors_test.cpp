// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The baselines follow their documented formulas on a hand-built queue, and the bench-local copy of
// the estimator with every proposal switched off is exactly domain::estimate_waits.
#include <doctest/doctest.h>

#include <memory>

#include "day_plan.hpp"
#include "simulated_office.hpp"
#include "predictors.hpp"
#include "proposed_estimator.hpp"
#include "scenario.hpp"

namespace civiq::bench {
namespace {

using domain::CounterId;
using domain::ServiceId;
using domain::TicketId;
using std::chrono::hours;
using std::chrono::minutes;

constexpr ServiceId kA{1};

domain::TimePoint at(int hour, int minute) { return at_local(hours{hour} + minutes{minute}); }

// Service A (default 10 min) on two counters; every change is applied and fed to the history.
struct TwoCounterOffice {
  TwoCounterOffice() {
    auto c = std::make_shared<domain::Catalog>();
    domain::Service a;
    a.id = kA;
    a.prefix = "A";
    a.names = {{"de", "Personalausweis"}};
    c->services = {a};
    c->counters = {domain::Counter{CounterId{1}, "Schalter 1", {{kA, 1.0}}},
                   domain::Counter{CounterId{2}, "Schalter 2", {{kA, 1.0}}}};
    c->hours.by_weekday[0] = {{hours{8}, hours{15}}};
    catalog = c;
    queue = std::make_unique<domain::OfficeQueue>(catalog, domain::QueueConfig{}, simulated_day(), TicketId{1});
    service_times = std::make_unique<domain::ServiceTimeEstimator>(catalog, domain::WaitEstimateConfig{});
  }

  domain::Events run(const domain::Result<domain::Events>& result) {
    REQUIRE(result.has_value());
    for (const auto& e : *result) {
      queue->apply(e);
      history.observe(e, *queue);
    }
    return *result;
  }

  TicketId issue(domain::TimePoint now) {
    std::string token = std::to_string(queue->next_ticket_id().value);
    token.insert(token.begin(), 't');  // not "t" + ...: g++ 12 -O3 warns falsely (-Wrestrict, PR 105329)
    const domain::IssueTicket command{token, {kA}, false, "de", nullptr};
    return std::get<domain::TicketIssued>(run(queue->issue(command, domain::Actor{}, now)).front().body).ticket;
  }

  Estimates predict(const Predictor& predictor, domain::TimePoint now) const {
    return predictor.predict({*queue, *service_times, history, {}, now});
  }

  std::shared_ptr<const domain::Catalog> catalog;
  std::unique_ptr<domain::OfficeQueue> queue;
  std::unique_ptr<domain::ServiceTimeEstimator> service_times;
  DayHistory history;
  const domain::CounterActor anna{domain::Actor{domain::Actor::Kind::Staff, "anna"}, false};
  const domain::CounterActor ben{domain::Actor{domain::Actor::Kind::Staff, "ben"}, false};
};

}  // namespace

TEST_CASE("QL, QL-obs, LES, HOL and DAY compute what predictors.hpp says") {
  TwoCounterOffice office;
  office.run(office.queue->open_counter(CounterId{1}, office.anna, at(9, 0)));
  office.run(office.queue->open_counter(CounterId{2}, office.ben, at(9, 0)));
  office.issue(at(9, 0));                              // t1
  office.issue(at(9, 1));                              // t2
  office.issue(at(9, 2));                              // t3
  const TicketId t4 = office.issue(at(9, 10));
  const TicketId t5 = office.issue(at(9, 12));
  office.run(office.queue->call_next(CounterId{1}, office.anna, at(9, 5)));   // t1 waited 5 min
  office.run(office.queue->call_next(CounterId{2}, office.ben, at(9, 6)));    // t2 waited 5 min
  office.run(office.queue->finish(CounterId{1}, office.anna, at(9, 15)));     // 600 s; t3 t4 t5 waiting
  office.run(office.queue->call_next(CounterId{1}, office.anna, at(9, 15)));  // t3 waited 13 min
  office.run(office.queue->finish(CounterId{2}, office.ben, at(9, 16)));      // 600 s; t4 t5 waiting
  const auto now = at(9, 17);  // t4 has waited 7 min (420 s), t5 5 min (300 s); t4 is head of line

  using std::chrono::seconds;
  struct Case {
    std::unique_ptr<Predictor> predictor;
    seconds t4;
    seconds t5;
  };
  Case cases[] = {
      {make_queue_length_predictor(), seconds{300}, seconds{600}},            // k * 600 s / 2 counters
      {make_observed_queue_length_predictor(), seconds{60}, seconds{120}},    // k * (9:16 - 9:15)
      {make_last_to_enter_service_predictor(), seconds{360}, seconds{480}},   // 780 - e
      {make_head_of_line_predictor(), seconds{0}, seconds{120}},              // 420 - e
      {make_day_average_predictor(), seconds{460}, seconds{460}},             // (300 + 300 + 780) / 3
      {make_last_to_enter_service_predictor(true), seconds{780}, seconds{780}},
      {make_head_of_line_predictor(true), seconds{420}, seconds{420}},
      {make_day_average_predictor(true), seconds{40}, seconds{160}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.predictor->name());
    const Estimates estimates = office.predict(*c.predictor, now);
    CHECK(estimates.size() == 2);
    // A baseline answers with a point, no range. (Compared field by field: GCC 12 at -O1 warns of an
    // uninitialised optional when a point converts to an Estimate inside doctest's comparison.)
    for (const auto& [ticket, expected] : {std::pair{t4, c.t4}, std::pair{t5, c.t5}}) {
      const Estimate& estimate = estimates.at(ticket);
      CHECK(estimate.wait == expected);
      CHECK_FALSE(estimate.low.has_value());
      CHECK_FALSE(estimate.high.has_value());
    }
  }
}

TEST_CASE("the proposal copy, switched as shipped, is exactly estimate_waits") {
  for (const auto& scenario : standard_scenarios()) {
    CAPTURE(scenario.name);
    const SimOptions options{CallingRule::Civiq, Seconds{300}, [] {
                               Predictors p;
                               p.push_back(make_civiq_predictor());
                               p.push_back(make_proposed_predictor(shipped_estimator()));
                               return p;
                             }};
    const DayResult day = simulate_day(scenario, plan_day(scenario, scenario.seed), options);
    REQUIRE(!day.observations.empty());
    // The copy gives no range; the point must be the same.
    for (const auto& o : day.observations) {
      REQUIRE(o.estimates[0].has_value() == o.estimates[1].has_value());
      if (o.estimates[0]) CHECK(o.estimates[0]->wait == o.estimates[1]->wait);
    }
  }
}

TEST_CASE("the proposals change estimates in the direction they were made for") {
  // Rush hour: long queues, so a higher per-call cost must mean longer estimates on average.
  const Scenario scenario = standard_scenarios().at(1);
  const SimOptions options{CallingRule::Civiq, Seconds{300}, [] {
                             Predictors p;
                             p.push_back(make_proposed_predictor({"none"}));
                             p.push_back(make_proposed_predictor({"overhead", false, true}));
                             p.push_back(make_proposed_predictor({"mean", true}));
                             p.push_back(make_proposed_predictor({"residual", false, false, true}));
                             return p;
                           }};
  const DayResult day = simulate_day(scenario, plan_day(scenario, scenario.seed), options);
  std::vector<double> sum(4, 0.0);
  for (const auto& o : day.observations)
    for (std::size_t p = 0; p < sum.size(); ++p) sum[p] += static_cast<double>(o.estimates[p]->wait.count());
  CHECK(sum[1] > sum[0]);  // every call also costs walk-up and wrap-up
  CHECK(sum[2] > sum[0]);  // lognormal service times: the mean exceeds the median
  CHECK(sum[3] > sum[0]);  // a long-running case has more left than "median - elapsed"
}

}  // namespace civiq::bench
