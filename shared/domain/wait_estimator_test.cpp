// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "wait_estimator.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "office_queue.hpp"

namespace civiq::domain {
namespace {

using namespace std::chrono;

const TimePoint kNow{seconds{1'790'000'000}};  // Monday 2026-09-21, 16:13:20 in Berlin
constexpr ServiceId kA{1};                     // default service time 10 min
constexpr ServiceId kB{2};                     // default service time 5 min
constexpr ServiceId kC{3};                     // default 15 min; only counters a test adds serve it
constexpr CounterId kCounter1{1};
constexpr CounterId kCounter2{2};
constexpr CounterId kCounter3{3};

Service service(ServiceId id, std::string prefix, seconds default_time) {
  Service s;
  s.id = id;
  s.names = {{"de", "Dienst " + prefix}};
  s.prefix = std::move(prefix);
  s.default_service_time = default_time;
  return s;
}

Counter counter(CounterId id, std::initializer_list<ServiceId> services) {
  Counter c{id, "Schalter " + std::to_string(id.value), {}};
  for (const auto s : services) c.services[s] = 1.0;
  return c;
}

std::shared_ptr<const Catalog> catalog_with(std::vector<Counter> counters) {
  auto catalog = std::make_shared<Catalog>();
  catalog->office_name = "Bürgeramt Test";
  catalog->services = {service(kA, "A", 10min), service(kB, "B", 5min), service(kC, "C", 15min)};
  catalog->counters = std::move(counters);
  catalog->hours = OpeningHours::always_open();
  REQUIRE(catalog->validate().has_value());
  return catalog;
}

// A queue driven through its real commands, so the state is what the server would hold.
class Office {
 public:
  explicit Office(std::vector<Counter> counters, WaitEstimateConfig estimate = {})
      : catalog_(catalog_with(std::move(counters))),
        queue_(catalog_, QueueConfig{}, berlin_date(kNow), TicketId{1}),
        times_(catalog_, estimate) {}

  TicketId issue(ServiceId s, TimePoint at, bool priority = false) { return issue_for({s}, at, priority); }

  TicketId issue_for(std::vector<ServiceId> services, TimePoint at, bool priority = false) {
    IssueTicket command;
    command.token = next_token();
    command.services = std::move(services);
    command.priority = priority;
    return issue_command(command, at);
  }

  TicketId check_in(ServiceId s, TimePoint slot, TimePoint at) {
    const Appointment appointment{"APPT-" + std::to_string(slot.time_since_epoch().count()), {s}, slot, {}, false};
    IssueTicket command;
    command.token = next_token();
    command.appointment = &appointment;
    return issue_command(command, at);
  }

  void open(CounterId c, TimePoint at) { run(queue_.open_counter(c, clerk(c), at)); }
  TicketId call_next(CounterId c, TimePoint at) {
    run(queue_.call_next(c, clerk(c), at));
    REQUIRE(queue_.counters().at(c).current.has_value());
    return *queue_.counters().at(c).current;
  }
  void start(CounterId c, TimePoint at) { run(queue_.start(c, clerk(c), at)); }
  void finish(CounterId c, TimePoint at) { run(queue_.finish(c, clerk(c), at)); }
  // From now on every applied event also teaches the estimator, as OfficeService::learn does.
  void learn_from_events() { learn_ = true; }
  void transfer_to(CounterId from, CounterId to, TimePoint at) {
    run(queue_.transfer(from, TransferTarget{std::nullopt, to, std::nullopt}, clerk(from), at));
  }

  ServiceTimeEstimator& times() { return times_; }
  [[nodiscard]] std::map<TicketId, WaitEstimate> estimate(TimePoint now = kNow) const {
    return estimate_waits(queue_, times_, now);
  }

 private:
  static CounterActor clerk(CounterId c) {
    return CounterActor{Actor{Actor::Kind::Staff, "clerk-" + std::to_string(c.value)}, false};
  }
  std::string next_token() { return "token-" + std::to_string(++tokens_); }
  TicketId issue_command(const IssueTicket& command, TimePoint at) {
    const TicketId id = queue_.next_ticket_id();
    run(queue_.issue(command, Actor{Actor::Kind::Citizen, {}}, at));
    return id;
  }
  void run(const Result<Events>& result) {
    if (!result) FAIL(result.error().detail);
    for (const auto& event : *result) {
      queue_.apply(event);
      if (learn_) times_.observe(event, queue_);
    }
  }

  std::shared_ptr<const Catalog> catalog_;
  OfficeQueue queue_;
  ServiceTimeEstimator times_;
  int tokens_ = 0;
  bool learn_ = false;
};

struct Expected {
  TicketId ticket;
  seconds wait;
  int position;
  int waiting_total;
};

void check_estimates(const std::map<TicketId, WaitEstimate>& estimates, const std::vector<Expected>& expected) {
  CHECK(estimates.size() == expected.size());
  for (const auto& e : expected) {
    CAPTURE(e.ticket.value);
    const auto it = estimates.find(e.ticket);
    REQUIRE(it != estimates.end());
    CHECK(it->second.estimated_wait == e.wait);
    CHECK(it->second.position == e.position);
    CHECK(it->second.waiting_total == e.waiting_total);
  }
}

// `count` walk-ins for one service, one a minute, the last a minute before kNow.
std::vector<TicketId> walk_ins(Office& office, ServiceId s, int count) {
  std::vector<TicketId> ids;
  for (int i = 0; i < count; ++i) ids.push_back(office.issue(s, kNow - minutes{count - i}));
  return ids;
}

ServiceTimeEstimator estimator(WaitEstimateConfig config) { return ServiceTimeEstimator{catalog_with({}), config}; }

}  // namespace

// --- ServiceTimeEstimator ----------------------------------------------------------------------

TEST_CASE("WaitEstimateConfig defaults") {
  const WaitEstimateConfig config;
  CHECK(config.window == 20);
  CHECK(config.min_samples == 3);
  CHECK(config.optimism_factor == 1.0);
  CHECK(config.min_remaining == 30s);
  CHECK(config.range_below == 1.28);
  CHECK(config.range_above == 1.28);
  CHECK(config.prior_spread == 0.5);
}

TEST_CASE("ServiceTimeEstimator: the catalog default until data exists") {
  const auto times = estimator({});
  CHECK(times.expected(kA) == 10min);
  CHECK(times.expected(kB) == 5min);
  // Not in the catalog: the documented default of a Service, not an invented number.
  CHECK(times.expected(ServiceId{99}) == Service{}.default_service_time);

  auto no_minimum = estimator(WaitEstimateConfig{20, 0, 1.0, 30s});
  CHECK(no_minimum.expected(kA) == 10min);
  no_minimum.observe(kA, 2min);
  CHECK(no_minimum.expected(kA) == 2min);
}

TEST_CASE("ServiceTimeEstimator: below min_samples the default fills the missing observations") {
  struct Row {
    std::vector<seconds> observed;
    seconds expected;
  };
  // Service A, default 600 s, min_samples 3: the median of the observations plus 3 - n defaults.
  const std::vector<Row> rows{
      {{}, 600s},
      {{120s}, 600s},              // {120, 600, 600}: one observation does not move it
      {{7200s}, 600s},             // nor does one outlier
      {{120s, 130s}, 130s},        // {120, 130, 600}
      {{120s, 900s}, 600s},        // {120, 600, 900}
      {{1200s, 1300s}, 1200s},     // {600, 1200, 1300}
      {{120s, 130s, 140s}, 130s},  // enough data: the default no longer counts
  };
  for (const auto& row : rows) {
    CAPTURE(row.observed.size());
    auto times = estimator({});
    for (const auto s : row.observed) times.observe(kA, s);
    CHECK(times.expected(kA) == row.expected);
  }
}

TEST_CASE("ServiceTimeEstimator: the median shrugs off an outlier") {
  auto times = estimator({});
  for (const auto s : {300s, 310s, 290s, 305s, 7200s}) times.observe(kA, s);
  CHECK(times.expected(kA) == 305s);  // the mean would be 1681 s
}

TEST_CASE("ServiceTimeEstimator: an even count averages the middle pair, rounded half up") {
  auto times = estimator(WaitEstimateConfig{20, 1, 1.0, 30s});
  for (const auto s : {400s, 100s, 300s, 200s}) times.observe(kA, s);
  CHECK(times.expected(kA) == 250s);
  for (const auto s : {100s, 201s}) times.observe(kB, s);
  CHECK(times.expected(kB) == 151s);
}

TEST_CASE("ServiceTimeEstimator: the window keeps only the latest observations") {
  auto times = estimator(WaitEstimateConfig{3, 1, 1.0, 30s});
  for (const auto s : {100s, 100s, 100s}) times.observe(kA, s);
  CHECK(times.expected(kA) == 100s);
  times.observe(kA, 400s);  // {100, 100, 400}
  CHECK(times.expected(kA) == 100s);
  times.observe(kA, 400s);  // {100, 400, 400}: the service got slower and the estimate follows
  CHECK(times.expected(kA) == 400s);
}

TEST_CASE("ServiceTimeEstimator: non-positive observations are ignored") {
  auto times = estimator(WaitEstimateConfig{20, 1, 1.0, 30s});
  times.observe(kA, 0s);
  times.observe(kA, -30s);
  CHECK(times.expected(kA) == 10min);
  times.observe(kA, 2min);
  CHECK(times.expected(kA) == 2min);
}

TEST_CASE("ServiceTimeEstimator: remaining is the median left under the fitted lognormal") {
  auto times = estimator({});
  for (const auto s : {300s, 600s, 900s, 1200s, 2400s}) times.observe(kA, s);
  // log-mean 6.755 (e^6.755 = 858 s), log-sd 0.78.
  struct Row {
    seconds elapsed;
    seconds remaining;
  };
  for (const auto& row : std::vector<Row>{{0s, 900s},  // not started: expected(), the sample's median
                                          {700s, 584s},
                                          {1000s, 600s},     // from about the median on, the longer a
                                          {1500s, 652s},     // case has run, the more it has left,
                                          {2390s, 764s},     // not "almost done", and also beyond the
                                          {3000s, 841s}}) {  // longest case in the window
    CAPTURE(row.elapsed.count());
    CHECK(times.remaining(kA, row.elapsed) == row.remaining);
  }
  // Without observations the sample is the default alone, which does not vary: expected - elapsed,
  // and a case about to end or past it still needs min_remaining.
  CHECK(times.remaining(kB, 100s) == 200s);
  CHECK(times.remaining(kB, 290s) == 30s);
  CHECK(times.remaining(kB, 400s) == 30s);
}

TEST_CASE("ServiceTimeEstimator: mean is the capped mean of the sample") {
  auto times = estimator({});
  CHECK(times.mean(kA) == 600s);  // the default alone
  for (const auto s : {300s, 300s, 300s, 1500s}) times.observe(kA, s);
  CHECK(times.expected(kA) == 300s);
  CHECK(times.mean(kA) == 450s);  // 1500 counts as 3 x 300
}

TEST_CASE("ServiceTimeEstimator: spread is the standard deviation, outliers capped, prior until min_samples") {
  struct Row {
    const char* name;
    std::vector<seconds> observed;
    seconds spread;
  };
  const std::vector<Row> rows{
      {"nothing observed: prior_spread x the default", {}, 300s},
      {"one observation: {120, 600, 600} varies less than the prior says", {120s}, 300s},
      {"two far apart: {120, 600, 1800} varies more", {120s, 1800s}, 865s},
      {"enough data: the sample alone", {300s, 310s, 290s}, 10s},
      {"no variation at all", {600s, 600s, 600s}, 0s},
      {"an outlier counts as 3x the median: {600 x4, 1800}", {600s, 600s, 600s, 600s, 7200s}, 537s},
  };
  for (const auto& row : rows) {
    CAPTURE(std::string{row.name});
    auto times = estimator({});
    for (const auto s : row.observed) times.observe(kA, s);
    CHECK(times.spread(kA) == row.spread);
  }
  auto no_prior = estimator(WaitEstimateConfig{.prior_spread = 0.0});
  CHECK(no_prior.spread(kA) == 0s);
  CHECK(estimator({}).spread(kB) == 150s);  // 0.5 x the 5 min default
}

TEST_CASE("ServiceTimeEstimator: expected_error is the standard error of the median") {
  auto times = estimator({});
  CHECK(times.expected_error(kA) == 217s);  // nothing observed: sqrt(pi/2) x 300 s / sqrt(3)
  for (const auto s : {300s, 600s, 900s, 1200s, 1500s}) times.observe(kA, s);
  CHECK(times.expected_error(kA) == 266s);  // sqrt(pi/2) x 474 s / sqrt(5)
  for (int i = 0; i < 15; ++i) times.observe(kA, 600s + seconds{60 * (i % 5)});
  CHECK(times.expected_error(kA) < 100s);  // 20 observations that agree more: a surer median
}

TEST_CASE("ServiceTimeEstimator: remaining_spread is the spread of what is left under the fitted lognormal") {
  auto times = estimator({});
  for (const auto s : {300s, 600s, 900s, 1200s, 1500s}) times.observe(kA, s);
  REQUIRE(times.spread(kA) == 474s);
  CHECK(times.remaining_spread(kA, 0s) == 474s);  // not started: one whole case
  // Half the distance between the quantiles at Φ(-1) and Φ(1) of what is left: the longer a case
  // has run, the less sure its end.
  CHECK(times.remaining_spread(kA, 700s) == 511s);
  CHECK(times.remaining_spread(kA, 1400s) == 557s);
  CHECK(times.remaining_spread(kB, 400s) == 150s);  // only the default: prior_spread x expected()
}

TEST_CASE("ServiceTimeEstimator: walk-up and wrap-up are learned from the queue's events") {
  Office office{{counter(kCounter1, {kA})}};
  office.learn_from_events();
  office.open(kCounter1, kNow - 3h);
  walk_ins(office, kA, 3);  // issued kNow - 3 .. kNow - 1 min, so the times below are relative
  const TimePoint t = kNow;
  CHECK(office.times().walk_up() == 0s);
  CHECK(office.times().wrap_up() == 0s);
  office.call_next(kCounter1, t);
  office.start(kCounter1, t + 60s);                // walked up in 60 s
  office.finish(kCounter1, t + 660s);              // two still waiting
  office.call_next(kCounter1, t + 690s);           // wrapped up in 30 s
  office.start(kCounter1, t + 730s);               // walked up in 40 s
  office.finish(kCounter1, t + 1330s);             // one still waiting
  office.call_next(kCounter1, t + 1380s);          // wrapped up in 50 s
  office.finish(kCounter1, t + 1980s);             // never started: no walk-up sample; nobody waiting
  office.issue(kA, t + 3000s);
  office.call_next(kCounter1, t + 3000s);          // idle, not wrapping up: no sample
  CHECK(office.times().walk_up() == 50s);          // median of 60 and 40
  CHECK(office.times().wrap_up() == 40s);          // median of 30 and 50
  CHECK(office.times().expected(kA) == 600s);      // 600, 600, and 600 from the call
}

TEST_CASE("ServiceTimeEstimator: a citizen staying for the next service leaves no wrap-up gap") {
  Office office{{counter(kCounter1, {kA, kB}), counter(kCounter2, {kB})}};
  office.learn_from_events();
  office.open(kCounter1, kNow - 3h);
  office.issue_for({kA, kB}, kNow - 2min);
  office.issue(kA, kNow - 1min);  // someone waits throughout
  const TimePoint t = kNow;
  office.call_next(kCounter1, t);
  office.finish(kCounter1, t + 600s);        // A done; B starts here at once
  office.transfer_to(kCounter1, kCounter2, t + 900s);  // B goes to a colleague after all
  office.call_next(kCounter1, t + 930s);     // the 330 s since A's end were service, not wrap-up
  CHECK(office.times().wrap_up() == 0s);
  CHECK(office.times().expected(kA) == 600s);
}

TEST_CASE("estimate_waits: every simulated call also costs the learned walk-up and wrap-up") {
  Office office{{counter(kCounter1, {kA})}};
  office.learn_from_events();
  office.open(kCounter1, kNow - 3h);
  walk_ins(office, kA, 2);
  office.call_next(kCounter1, kNow - 2h);
  office.start(kCounter1, kNow - 2h + 60s);
  office.finish(kCounter1, kNow - 2h + 660s);      // one waiting
  office.call_next(kCounter1, kNow - 2h + 700s);   // wrap-up 40 s
  office.start(kCounter1, kNow - 2h + 740s);       // walk-up 40 s: median 50 s
  office.finish(kCounter1, kNow - 2h + 1340s);     // nobody waiting
  REQUIRE(office.times().walk_up() == 50s);
  REQUIRE(office.times().wrap_up() == 40s);
  const TimePoint now = kNow;
  const TicketId serving = office.issue(kA, now - 20min);
  office.call_next(kCounter1, now - 290s);
  office.start(kCounter1, now - 240s);             // walk-up 50 s (median still 50 s); serving 240 s:
  REQUIRE(office.times().walk_up() == 50s);        // 360 s left, then 40 s wrap-up
  (void)serving;
  const TicketId first = office.issue(kA, now - 2min);
  const TicketId second = office.issue(kA, now - 1min);
  // first: 360 + 40; second: + 50 walk-up + 600 service + 40 wrap-up
  check_estimates(office.estimate(now), {{first, 400s, 1, 2}, {second, 1090s, 2, 2}});
}

TEST_CASE("ServiceTimeEstimator: services learn separately") {
  auto times = estimator(WaitEstimateConfig{20, 1, 1.0, 30s});
  times.observe(kA, 2min);
  CHECK(times.expected(kA) == 2min);
  CHECK(times.expected(kB) == 5min);
}

// --- estimate_waits ------------------------------------------------------------------------------

TEST_CASE("estimate_waits: nobody waiting, no estimates") {
  Office office{{counter(kCounter1, {kA})}};
  office.open(kCounter1, kNow - 1h);
  CHECK(office.estimate().empty());
  office.issue(kA, kNow - 5min);
  office.call_next(kCounter1, kNow - 4min);
  CHECK(office.estimate().empty());  // called and serving tickets have no wait left
}

TEST_CASE("estimate_waits: one idle counter calls in order, k-th ticket waits k service times") {
  Office office{{counter(kCounter1, {kA})}};
  office.open(kCounter1, kNow - 1h);
  const auto ids = walk_ins(office, kA, 4);
  check_estimates(office.estimate(), {{ids[0], 0s, 1, 4}, {ids[1], 10min, 2, 4}, {ids[2], 20min, 3, 4},
                                      {ids[3], 30min, 4, 4}});
}

TEST_CASE("estimate_waits: learned service times replace the default") {
  Office office{{counter(kCounter1, {kA})}};
  for (int i = 0; i < 3; ++i) office.times().observe(kA, 5min);
  office.open(kCounter1, kNow - 1h);
  const auto ids = walk_ins(office, kA, 3);
  check_estimates(office.estimate(), {{ids[0], 0s, 1, 3}, {ids[1], 5min, 2, 3}, {ids[2], 10min, 3, 3}});
}

TEST_CASE("estimate_waits: two counters halve the waits") {
  Office office{{counter(kCounter1, {kA}), counter(kCounter2, {kA})}};
  office.open(kCounter1, kNow - 1h);
  office.open(kCounter2, kNow - 1h);
  const auto ids = walk_ins(office, kA, 6);
  check_estimates(office.estimate(), {{ids[0], 0s, 1, 6},
                                      {ids[1], 0s, 2, 6},
                                      {ids[2], 10min, 3, 6},
                                      {ids[3], 10min, 4, 6},
                                      {ids[4], 20min, 5, 6},
                                      {ids[5], 20min, 6, 6}});
}

TEST_CASE("estimate_waits: a counter serving only a subset calls only that subset") {
  // Counter 1 only does A; counter 2 does A and B (5 min) and so comes back sooner for the next A.
  Office office{{counter(kCounter1, {kA}), counter(kCounter2, {kA, kB})}};
  office.open(kCounter1, kNow - 1h);
  office.open(kCounter2, kNow - 1h);
  const TicketId b1 = office.issue(kB, kNow - 4min);
  const TicketId a1 = office.issue(kA, kNow - 3min);
  const TicketId a2 = office.issue(kA, kNow - 2min);
  const TicketId a3 = office.issue(kA, kNow - 1min);
  // 0 s: counter 1 calls a1 (busy 10 min), counter 2 calls b1, the longest wait (busy 5 min);
  // 5 min: counter 2 calls a2; 10 min: counter 1 calls a3.
  check_estimates(office.estimate(),
                  {{a1, 0s, 1, 3}, {b1, 0s, 1, 1}, {a2, 5min, 2, 3}, {a3, 10min, 3, 3}});
}

TEST_CASE("estimate_waits: time already spent at the counter shortens the first wait") {
  struct Row {
    const char* name;
    std::optional<seconds> called_ago;   // nothing: the counter is idle
    std::optional<seconds> started_ago;  // nothing: called but the citizen has not sat down yet
    seconds min_remaining;
    seconds first_wait;
  };
  const std::vector<Row> rows{
      {"idle counter", std::nullopt, std::nullopt, 30s, 0s},
      {"just called", 0s, std::nullopt, 30s, 600s},
      {"called 400 s ago, clock runs from the call", 400s, std::nullopt, 30s, 200s},
      {"serving for 240 s, clock runs from the start", 400s, 240s, 30s, 360s},
      {"almost done: still min_remaining", 600s, 590s, 30s, 30s},
      {"overran the expected time: still min_remaining", 2100s, 2000s, 30s, 30s},
      {"a larger min_remaining", 2100s, 2000s, 2min, 2min},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    Office office{{counter(kCounter1, {kA})}, WaitEstimateConfig{20, 3, 1.0, row.min_remaining}};
    office.open(kCounter1, kNow - 2h);
    if (row.called_ago) {
      office.issue(kA, kNow - 1h);
      office.call_next(kCounter1, kNow - *row.called_ago);
      if (row.started_ago) office.start(kCounter1, kNow - *row.started_ago);
    }
    const TicketId first = office.issue(kA, kNow - 10s);
    const TicketId second = office.issue(kA, kNow - 5s);
    check_estimates(office.estimate(),
                    {{first, row.first_wait, 1, 2}, {second, row.first_wait + 10min, 2, 2}});
  }
}

TEST_CASE("estimate_waits: a priority ticket goes ahead of walk-ins") {
  Office office{{counter(kCounter1, {kA})}};
  office.open(kCounter1, kNow - 1h);
  const TicketId w1 = office.issue(kA, kNow - 10min);
  const TicketId w2 = office.issue(kA, kNow - 5min);
  const TicketId p = office.issue(kA, kNow - 1min, true);
  check_estimates(office.estimate(), {{p, 0s, 1, 3}, {w1, 10min, 2, 3}, {w2, 20min, 3, 3}});
}

TEST_CASE("estimate_waits: appointments are called when due, also in the simulated future") {
  Office office{{counter(kCounter1, {kA})}};
  office.open(kCounter1, kNow - 1h);
  const auto w = walk_ins(office, kA, 4);
  // Slot in 20 min, due 5 min earlier (appointment_lead): not due when the counter is free at 0 and
  // 10 min, due at 20 min, where it goes ahead of w[2] and w[3].
  const TicketId later = office.check_in(kA, kNow + 20min, kNow - 30s);
  check_estimates(office.estimate(), {{w[0], 0s, 1, 5},
                                      {w[1], 10min, 2, 5},
                                      {later, 20min, 3, 5},
                                      {w[2], 30min, 4, 5},
                                      {w[3], 40min, 5, 5}});

  // An appointment that is due already is called first.
  const TicketId due = office.check_in(kA, kNow + 2min, kNow - 20s);
  const auto estimates = office.estimate();
  CHECK(estimates.at(due).estimated_wait == 0s);
  CHECK(estimates.at(due).position == 1);
  CHECK(estimates.at(w[0]).estimated_wait == 10min);
  CHECK(estimates.at(later).estimated_wait == 20min);  // due by then: still ahead of the walk-ins
  CHECK(estimates.at(w[1]).estimated_wait == 30min);
}

TEST_CASE("estimate_waits: optimism_factor scales every estimate, rounded to seconds") {
  struct Row {
    double factor;
    std::vector<seconds> waits;
  };
  const std::vector<Row> rows{
      {1.0, {0s, 600s, 1200s}},
      {0.8, {0s, 480s, 960s}},
      {1.25, {0s, 750s, 1500s}},
      {0.333, {0s, 200s, 400s}},  // 199.8 and 399.6 round to the nearest second
  };
  for (const auto& row : rows) {
    CAPTURE(row.factor);
    Office office{{counter(kCounter1, {kA})}, WaitEstimateConfig{20, 3, row.factor, 30s}};
    office.open(kCounter1, kNow - 1h);
    const auto ids = walk_ins(office, kA, 3);
    check_estimates(office.estimate(),
                    {{ids[0], row.waits[0], 1, 3}, {ids[1], row.waits[1], 2, 3}, {ids[2], row.waits[2], 3, 3}});
  }
}

// --- The range ----------------------------------------------------------------------------------

void check_range(const WaitEstimate& e, seconds low, seconds high) {
  CHECK(e.wait_low == low);
  CHECK(e.wait_high == high);
  CHECK(e.wait_low <= e.estimated_wait);
  CHECK(e.estimated_wait <= e.wait_high);
}

TEST_CASE("estimate_waits: the range widens with every uncertain case ahead") {
  // Nothing observed: A varies by prior_spread x 10 min = 300 s per case, and its expected time may
  // be off by sqrt(pi/2) x 300 / sqrt(3) = 217 s (three default copies), for every case alike.
  Office office{{counter(kCounter1, {kA})}};
  office.open(kCounter1, kNow - 1h);
  const auto ids = walk_ins(office, kA, 3);
  const auto estimates = office.estimate();
  check_range(estimates.at(ids[0]), 0s, 0s);  // the idle counter calls it now: nothing uncertain
  // One case ahead: spread sqrt(300² + 217²) = 370.2 s; 600 ± 1.28 x 370.2.
  check_range(estimates.at(ids[1]), 126s, 1074s);
  // Two cases: sqrt(2 x 300² + (2 x 217)²) = 606.9 s; 1200 ± 777.
  check_range(estimates.at(ids[2]), 423s, 1977s);
}

TEST_CASE("estimate_waits: the range narrows when the service's times vary less") {
  Office steady{{counter(kCounter1, {kA})}};
  Office varied{{counter(kCounter1, {kA})}};
  for (const auto s : {590s, 600s, 610s}) steady.times().observe(kA, s);
  for (const auto s : {300s, 600s, 900s}) varied.times().observe(kA, s);
  std::vector<TicketId> ids;
  for (Office* office : {&steady, &varied}) {
    office->open(kCounter1, kNow - 1h);
    ids = walk_ins(*office, kA, 3);
  }
  const auto s = steady.estimate().at(ids[2]);
  const auto v = varied.estimate().at(ids[2]);
  CHECK(s.estimated_wait == v.estimated_wait);  // same median, same estimate
  check_range(s, 1200s - 25s, 1200s + 25s);     // spread sqrt(2 x 10² + (2 x 7)²) = 19.9 s
  check_range(v, 1200s - 777s, 1200s + 777s);   // spread sqrt(2 x 300² + (2 x 217)²) = 606.9 s
}

TEST_CASE("estimate_waits: counters sharing a line share the spread of the cases before a call") {
  Office office{{counter(kCounter1, {kA}), counter(kCounter2, {kA})}};
  office.open(kCounter1, kNow - 1h);
  office.open(kCounter2, kNow - 1h);
  const auto ids = walk_ins(office, kA, 4);
  const auto estimates = office.estimate();
  check_range(estimates.at(ids[1]), 0s, 0s);
  // One case on each of two counters: their variation is shared, 300² / 2, not 300²; the error of
  // the expected time is not (both counters use it): spread sqrt(300² / 2 + 217²) = 303.5 s.
  check_range(estimates.at(ids[2]), 600s - 388s, 600s + 388s);
  check_range(estimates.at(ids[3]), 600s - 388s, 600s + 388s);
}

TEST_CASE("estimate_waits: the case at the counter counts with what such cases had left") {
  Office office{{counter(kCounter1, {kA})}};
  for (const auto s : {300s, 600s, 900s, 1200s, 1500s}) office.times().observe(kA, s);
  office.open(kCounter1, kNow - 2h);
  office.issue(kA, kNow - 1h);
  office.call_next(kCounter1, kNow - 750s);
  office.start(kCounter1, kNow - 700s);
  const TicketId first = office.issue(kA, kNow - 2min);
  const TicketId second = office.issue(kA, kNow - 1min);
  const auto estimates = office.estimate();
  // first: what a case at 700 s has left, 423 s (spread 511 s): from 0 (never below) to 423 + 654.
  REQUIRE(estimates.at(first).estimated_wait == 423s);
  check_range(estimates.at(first), 0s, 423s + 654s);
  // second: + one case of 900 s (spread 474 s, error sqrt(pi/2) x 474 / sqrt(5) = 266 s);
  // spread sqrt(511² + 474² + 266²) = 746.0 s.
  REQUIRE(estimates.at(second).estimated_wait == 1323s);
  check_range(estimates.at(second), 1323s - 955s, 1323s + 955s);
}

TEST_CASE("estimate_waits: a counter's first case takes the median, later ones the mean") {
  Office office{{counter(kCounter1, {kA})}};
  for (const auto s : {300s, 300s, 300s, 1500s}) office.times().observe(kA, s);  // median 300, mean 450
  office.open(kCounter1, kNow - 1h);
  const auto ids = walk_ins(office, kA, 4);
  check_estimates(office.estimate(),
                  {{ids[0], 0s, 1, 4}, {ids[1], 300s, 2, 4}, {ids[2], 750s, 3, 4}, {ids[3], 1200s, 4, 4}});
}

TEST_CASE("estimate_waits: range_below and range_above set the range's ends, optimism_factor scales it") {
  struct Row {
    double below;
    double above;
    double factor;
    seconds wait;
    seconds low;
    seconds high;
  };
  const std::vector<Row> rows{
      {1.28, 1.64, 1.0, 600s, 126s, 1207s},  // spread 370.2 s, as above
      {0.0, 0.0, 1.0, 600s, 600s, 600s},     // no range: the point
      {2.0, 1.0, 1.0, 600s, 0s, 970s},       // never below 0
      {1.28, 1.64, 1.5, 900s, 189s, 1811s},  // 126 x 1.5 and 1207 x 1.5, rounded
  };
  for (const auto& row : rows) {
    CAPTURE(row.below);
    CAPTURE(row.factor);
    WaitEstimateConfig config;
    config.range_below = row.below;
    config.range_above = row.above;
    config.optimism_factor = row.factor;
    Office office{{counter(kCounter1, {kA})}, config};
    office.open(kCounter1, kNow - 1h);
    const auto ids = walk_ins(office, kA, 2);
    const auto e = office.estimate().at(ids[1]);
    CHECK(e.estimated_wait == row.wait);
    check_range(e, row.low, row.high);
  }
}

TEST_CASE("estimate_waits: no_open_counter marks the tickets only the fallback placed") {
  Office office{{counter(kCounter1, {kA}), counter(kCounter2, {kA, kB})}};
  SUBCASE("nothing open: every ticket") {
    const TicketId a = office.issue(kA, kNow - 2min);
    const TicketId b = office.issue(kB, kNow - 1min);
    const auto estimates = office.estimate();
    CHECK(estimates.at(a).no_open_counter);
    CHECK(estimates.at(b).no_open_counter);
  }
  SUBCASE("only the service without an open counter") {
    office.open(kCounter1, kNow - 1h);
    const TicketId a1 = office.issue(kA, kNow - 3min);
    const TicketId b = office.issue(kB, kNow - 2min);
    const TicketId a2 = office.issue(kA, kNow - 1min);
    const auto estimates = office.estimate();
    CHECK_FALSE(estimates.at(a1).no_open_counter);
    CHECK_FALSE(estimates.at(a2).no_open_counter);
    CHECK(estimates.at(b).no_open_counter);
    check_range(estimates.at(b), 0s, 0s);  // "once Schalter 2 opens": called at once
  }
  SUBCASE("a ticket sent to a closed counter") {
    office.open(kCounter1, kNow - 1h);
    const TicketId moved = office.issue(kA, kNow - 20min);
    const TicketId other = office.issue(kA, kNow - 15min);
    REQUIRE(office.call_next(kCounter1, kNow - 5min) == moved);
    office.transfer_to(kCounter1, kCounter2, kNow - 2min);
    const auto estimates = office.estimate();
    CHECK(estimates.at(moved).no_open_counter);
    CHECK_FALSE(estimates.at(other).no_open_counter);
  }
}

TEST_CASE("estimate_waits: with no counter open, the catalog's counters are assumed open and idle now") {
  Office office{{counter(kCounter1, {kA}), counter(kCounter2, {kA}), counter(kCounter3, {kB})}};
  const auto a = walk_ins(office, kA, 3);
  const TicketId b1 = office.issue(kB, kNow - 30s);
  const TicketId b2 = office.issue(kB, kNow - 20s);
  check_estimates(office.estimate(), {{a[0], 0s, 1, 3},
                                      {a[1], 0s, 2, 3},
                                      {a[2], 10min, 3, 3},
                                      {b1, 0s, 1, 2},
                                      {b2, 5min, 2, 2}});
}

TEST_CASE("estimate_waits: fallback only for services no open counter serves") {
  // Counter 2 (closed) also serves A, but A has an open counter: it must not speed A up.
  Office office{{counter(kCounter1, {kA}), counter(kCounter2, {kA, kB})}};
  office.open(kCounter1, kNow - 1h);
  const TicketId a1 = office.issue(kA, kNow - 4min);
  const TicketId b1 = office.issue(kB, kNow - 3min);
  const TicketId a2 = office.issue(kA, kNow - 2min);
  const TicketId b2 = office.issue(kB, kNow - 1min);
  // In the fallback counter 2 takes only the B tickets: A is already accounted for.
  check_estimates(office.estimate(), {{a1, 0s, 1, 2}, {a2, 10min, 2, 2}, {b1, 0s, 1, 2}, {b2, 5min, 2, 2}});
}

TEST_CASE("estimate_waits: a ticket transferred to a closed counter waits for that counter") {
  Office office{{counter(kCounter1, {kA}), counter(kCounter2, {kA})}};
  office.open(kCounter1, kNow - 1h);
  const TicketId moved = office.issue(kA, kNow - 20min);
  const TicketId other = office.issue(kA, kNow - 15min);
  const TicketId third = office.issue(kA, kNow - 10min);
  REQUIRE(office.call_next(kCounter1, kNow - 5min) == moved);
  office.transfer_to(kCounter1, kCounter2, kNow - 2min);
  // Counter 1 cannot take it; the fallback assumes counter 2 opens now.
  check_estimates(office.estimate(), {{other, 0s, 1, 3}, {third, 10min, 3, 3}, {moved, 0s, 2, 3}});
}

TEST_CASE("estimate_waits: a service no counter serves gets no estimate") {
  Office office{{counter(kCounter1, {kA})}};
  office.open(kCounter1, kNow - 1h);
  const TicketId a = office.issue(kA, kNow - 2min);
  office.issue(kC, kNow - 3min);
  check_estimates(office.estimate(), {{a, 0s, 1, 1}});
}

TEST_CASE("estimate_waits: position and total count the current service only") {
  Office office{{counter(kCounter1, {kA, kB})}};
  office.open(kCounter1, kNow - 1h);
  const TicketId a1 = office.issue(kA, kNow - 5min);
  const TicketId b1 = office.issue(kB, kNow - 4min);
  const TicketId b_then_a = office.issue_for({kB, kA}, kNow - 3min);
  const TicketId a2 = office.issue(kA, kNow - 2min);
  // One counter by longest wait: a1 (10 min), b1 (5 min), b_then_a (5 min: its current service is B,
  // its later A does not count here), a2 at 10 + 5 + 5 = 20 min.
  check_estimates(office.estimate(),
                  {{a1, 0s, 1, 2}, {b1, 10min, 1, 2}, {b_then_a, 15min, 2, 2}, {a2, 20min, 2, 2}});
}

TEST_CASE("estimate_waits: a few hundred tickets on several counters") {
  Office office{{counter(kCounter1, {kA, kB}), counter(kCounter2, {kA}), counter(kCounter3, {kB})}};
  for (const auto c : {kCounter1, kCounter2, kCounter3}) office.open(c, kNow - 3h);
  std::vector<TicketId> a_tickets;
  for (int i = 0; i < 300; ++i) {
    const auto s = i % 3 == 0 ? kB : kA;
    const TicketId id = office.issue(s, kNow - 2h + seconds{i * 20});
    if (s == kA) a_tickets.push_back(id);
  }
  const auto estimates = office.estimate();
  REQUIRE(estimates.size() == 300);
  // Within one service, later arrivals never get a shorter estimate, and positions run 1..n.
  for (std::size_t i = 0; i < a_tickets.size(); ++i) {
    const auto& e = estimates.at(a_tickets[i]);
    CHECK(e.position == static_cast<int>(i) + 1);
    CHECK(e.waiting_total == 200);
    CHECK(e.wait_low <= e.estimated_wait);
    CHECK(e.estimated_wait <= e.wait_high);
    if (i > 0) CHECK(e.estimated_wait >= estimates.at(a_tickets[i - 1]).estimated_wait);
  }
}

}  // namespace civiq::domain
