// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "wait_estimator.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <iterator>
#include <optional>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "candidate_index.hpp"
#include "events.hpp"
#include "lognormal.hpp"
#include "office_queue.hpp"

namespace civiq::domain {
namespace {

using std::chrono::seconds;

// The median of a small sample (at most `window` values). An even count averages the middle pair,
// rounded half up, so the result stays in whole seconds.
seconds median(std::vector<seconds> values) {
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  if (values.size() % 2 == 1) return *middle;
  const seconds lower = *std::max_element(values.begin(), middle);
  return (lower + *middle + seconds{1}) / 2;
}

// The standard error of a sample's median per standard deviation and sqrt(sample size), sqrt(pi/2)
// (exact for normal data in large samples; close enough for a range).
constexpr double kMedianErrorPerSpread = 1.2533141373155;

// An observation beyond this many medians counts as this many in the mean, the spread and the
// lognormal fit: one unlogged break in the window must not widen every range for the rest of the day.
constexpr double kOutlierCap = 3.0;

// The values, each capped at kOutlierCap x their median.
std::vector<seconds> capped(std::vector<seconds> values) {
  if (values.empty()) return values;
  const auto cap = static_cast<seconds::rep>(kOutlierCap * static_cast<double>(median(values).count()));
  for (auto& v : values) v = std::min(v, seconds{cap});
  return values;
}

// The sample standard deviation of the values, in seconds; 0 for fewer than two values.
double spread_of(const std::vector<seconds>& values) {
  if (values.size() < 2) return 0.0;
  double sum = 0.0;
  double squares = 0.0;
  for (const auto v : values) {
    const auto x = static_cast<double>(v.count());
    sum += x;
    squares += x * x;
  }
  const auto n = static_cast<double>(values.size());
  const double mean = sum / n;
  return std::sqrt(std::max(squares / n - mean * mean, 0.0) * n / (n - 1));
}

seconds whole_seconds(double value) {
  return seconds{static_cast<seconds::rep>(std::llround(std::max(value, 0.0)))};
}

// expected() and spread() sort a window on every call; the simulation asks once per call, so
// remember the answers: per service, the expected time and the variance of one case (seconds²).
class ExpectedTimes {
 public:
  explicit ExpectedTimes(const ServiceTimeEstimator& estimator) : estimator_(estimator) {}

  seconds operator()(ServiceId service) { return of(service).expected; }
  seconds mean(ServiceId service) { return of(service).mean; }
  double variance(ServiceId service) { return of(service).variance; }
  double error(ServiceId service) { return of(service).error; }

 private:
  struct Known {
    seconds expected;
    seconds mean;
    double variance;
    double error;
  };
  const Known& of(ServiceId service) {
    const auto [it, inserted] = cache_.try_emplace(service);
    if (inserted) {
      const auto spread = static_cast<double>(estimator_.spread(service).count());
      it->second = {estimator_.expected(service), estimator_.mean(service), spread * spread,
                    static_cast<double>(estimator_.expected_error(service).count())};
    }
    return it->second;
  }

  const ServiceTimeEstimator& estimator_;
  std::map<ServiceId, Known> cache_;
};

// A counter in the replay: when it can call next, and the variance (seconds²) of that moment: of
// what its current case has left, and summed over the cases it is assumed to finish after that.
struct SimulatedCounter {
  const Counter* counter;
  TimePoint free_at;
  double current_variance = 0.0;
  double cases_variance = 0.0;
  double cases_error = 0.0;  // seconds: the errors of the expected times it used, which add up
  bool called = false;       // it has called in this replay
};

struct SimulatedCall {
  TicketId ticket;
  ServiceId service;
  TimePoint at;
  double spread = 0.0;  // of `at`, in seconds
  bool by_closed_counter = false;
};

// When an open counter can call again: now if idle; else when its current citizen is expected to be
// done, plus the clerk's wrap-up. A citizen being served for `elapsed` needs remaining(elapsed). One
// who was called but not started is walking up for the usual walk-up time; time beyond it counts as
// service (many clerks never press "start"). A visit that already overran still needs min_remaining.
// The variance of that moment is the spread of what the current case has left, squared.
SimulatedCounter simulated(const Counter& counter, const OfficeQueue& queue, const CounterState& state,
                           const ServiceTimeEstimator& times, TimePoint now) {
  if (!state.current) return {&counter, now};
  const Ticket* ticket = queue.find(*state.current);
  if (ticket == nullptr) return {&counter, now};
  auto at = [&](seconds left, seconds elapsed) {
    const auto spread = static_cast<double>(times.remaining_spread(ticket->service(), elapsed).count());
    return SimulatedCounter{&counter, now + left + times.wrap_up(), spread * spread, 0.0, 0.0, false};
  };
  if (ticket->serving_since) {
    const seconds elapsed = std::max(now - *ticket->serving_since, seconds{0});
    return at(times.remaining(ticket->service(), elapsed), elapsed);
  }
  const seconds walked = ticket->called_at ? std::max(now - *ticket->called_at, seconds{0}) : seconds{0};
  const seconds walk = times.walk_up();
  const seconds served = std::max(walked - walk, seconds{0});
  const seconds rest = std::max(walk - walked, seconds{0}) + times.remaining(ticket->service(), served);
  return at(std::max(times.config().min_remaining, rest), served);
}

// Replays "call next": the counter that is free first calls whom the policy picks at that simulated
// time and is then busy for the expected service time plus the per-call overhead (walk-up and
// wrap-up). A counter with nothing eligible is retired: eligibility does not depend on time and
// candidates only ever leave, so it would never call again. The simulated time never goes back (the
// earliest free counter is always next), which CandidateIndex relies on.
// Every step removes a candidate or a counter, so this ends after at most |pending| + |counters| steps.
// Picked candidates leave `pending`; what is left could not be called by any of these counters.
//
// The spread of a call's time: the variance of what the calling counter's current case has left,
// plus the variance of the cases it called since divided by the number s of counters in this replay
// that serve the ticket's service, plus the square of the summed errors of the learned times it
// used. With s counters sharing a line, the k-th call comes after about k/s cases per counter, and
// the time until k cases are done among s counters varies like k/s² cases, not k/s. The current
// case is not shared: the first calls wait for whichever counter is about to finish, and its case
// alone decides when. Nor is the error of a learned time: every case of the service uses it, so the
// errors add up before they are squared.
void simulate(const CallingPolicy& policy, ExpectedTimes& expected, seconds overhead,
              std::vector<SimulatedCounter> counters, std::vector<CallCandidate>& pending,
              std::vector<SimulatedCall>& calls, bool closed_counters) {
  std::map<ServiceId, double> sharing;  // service -> counters in this replay that serve it
  for (const auto& c : counters)
    for (const auto& [service, weight] : c.counter->services) sharing[service] += 1.0;
  auto shared_by = [&](ServiceId service) {
    const auto it = sharing.find(service);
    return it == sharing.end() ? 1.0 : std::max(it->second, 1.0);
  };
  CandidateIndex index(policy, std::move(pending));
  while (!counters.empty() && !index.empty()) {
    const auto next = std::min_element(counters.begin(), counters.end(), [](const auto& a, const auto& b) {
      return std::tie(a.free_at, a.counter->id) < std::tie(b.free_at, b.counter->id);
    });
    const std::optional<CallCandidate> picked = index.take(*next->counter, next->free_at);
    if (!picked) {
      counters.erase(next);
      continue;
    }
    const double spread = std::sqrt(next->current_variance + next->cases_variance / shared_by(picked->service) +
                                    next->cases_error * next->cases_error);
    calls.push_back({picked->ticket, picked->service, next->free_at, spread, closed_counters});
    // The first case at each counter takes its typical (median) time. Over several cases, what counts
    // is their sum, and the sum of skewed times runs close to the sum of their means (one case's
    // median is below its mean, a run of cases averages out): later cases take the mean.
    next->free_at += (next->called ? expected.mean(picked->service) : expected(picked->service)) + overhead;
    next->called = true;
    next->cases_variance += expected.variance(picked->service);
    next->cases_error += expected.error(picked->service);
  }
  pending = index.remaining();
}

void keep(std::deque<seconds>& window, seconds value, std::size_t size) {
  window.push_back(value);
  while (window.size() > size) window.pop_front();
}

bool someone_waits_for(const OfficeQueue& queue, CounterId id) {
  const Counter* counter = queue.catalog().find_counter(id);
  if (counter == nullptr) return false;
  const auto candidates = queue.waiting_candidates();
  return std::any_of(candidates.begin(), candidates.end(),
                     [&](const CallCandidate& c) { return queue.policy().eligible(*counter, c); });
}

seconds scaled(seconds wait, double factor) {
  const auto value = std::llround(static_cast<double>(wait.count()) * factor);
  return std::max(seconds{static_cast<seconds::rep>(value)}, seconds{0});
}

}  // namespace

ServiceTimeEstimator::ServiceTimeEstimator(std::shared_ptr<const Catalog> catalog, WaitEstimateConfig config)
    : catalog_(std::move(catalog)), config_(config) {}

void ServiceTimeEstimator::observe(ServiceId service, std::chrono::seconds served) {
  // A zero or negative duration is a clock or data error (e.g. finished in the same second as a
  // replayed start); it says nothing about how long the service takes.
  if (served <= seconds{0}) return;
  auto& window = observations_[service];
  window.push_back(served);
  while (window.size() > config_.window) window.pop_front();
}

void ServiceTimeEstimator::observe(const Event& event, const OfficeQueue& after) {
  if (const auto* finished = std::get_if<ServiceFinished>(&event.body)) {
    // A service that could not be served still held the counter that long: it counts.
    observe(finished->service, seconds{finished->served_s});
    // The gap to this counter's next call is wrap-up only if someone was waiting for it; otherwise
    // it is idleness and says nothing about the clerk's pace. A citizen who stays for the next
    // service leaves no gap at all.
    if (!finished->stays_at_counter && someone_waits_for(after, finished->counter))
      busy_finish_[finished->counter] = event.at;
    else busy_finish_.erase(finished->counter);
  } else if (const auto* called = std::get_if<TicketCalled>(&event.body)) {
    called_at_[called->counter] = event.at;
    if (const auto it = busy_finish_.find(called->counter); it != busy_finish_.end()) {
      keep(wrap_ups_, event.at - it->second, config_.window);
      busy_finish_.erase(it);
    }
  } else if (const auto* started = std::get_if<ServiceStarted>(&event.body)) {
    if (const auto it = called_at_.find(started->counter); it != called_at_.end())
      keep(walk_ups_, event.at - it->second, config_.window);
  } else if (const auto* no_show = std::get_if<TicketNoShow>(&event.body)) {
    busy_finish_.erase(no_show->counter);  // the next call follows the no-show, not a wrap-up
  }
}

std::vector<seconds> ServiceTimeEstimator::sample(ServiceId service) const {
  const Service* known = catalog_ ? catalog_->find_service(service) : nullptr;
  // A service missing from the catalog still gets the catalog's documented default, not a guess.
  const seconds fallback = known ? known->default_service_time : Service{}.default_service_time;
  std::vector<seconds> values;
  if (const auto it = observations_.find(service); it != observations_.end())
    values.assign(it->second.begin(), it->second.end());
  // Too little data: the default stands in for each missing observation. Taking the median of that
  // mix keeps a single outlier among the first few observations from moving the estimate at all.
  if (values.size() < config_.min_samples) values.resize(config_.min_samples, fallback);
  if (values.empty()) values.push_back(fallback);  // min_samples == 0 and nothing observed yet
  return values;
}

std::size_t ServiceTimeEstimator::observed(ServiceId service) const {
  const auto it = observations_.find(service);
  return it == observations_.end() ? 0 : it->second.size();
}

std::chrono::seconds ServiceTimeEstimator::expected(ServiceId service) const { return median(sample(service)); }

std::chrono::seconds ServiceTimeEstimator::remaining(ServiceId service, std::chrono::seconds elapsed) const {
  if (elapsed <= seconds{0}) return expected(service);
  // Service times are skewed: a case that has run long tends to run longer still, so "expected minus
  // elapsed" says "almost done" far too often. The lognormal fitted to the window says how much a
  // case that has run this long has left, also beyond the longest case in the window.
  const LogNormal fitted = LogNormal::fit(capped(sample(service)));
  const double left = fitted.end_quantile(elapsed, 0.5) - static_cast<double>(elapsed.count());
  return std::max(config_.min_remaining, whole_seconds(left));
}

std::chrono::seconds ServiceTimeEstimator::spread(ServiceId service) const {
  double spread = spread_of(capped(sample(service)));
  // The default-filled copies agree with each other, which says nothing about how cases vary.
  if (observed(service) < config_.min_samples)
    spread = std::max(spread, config_.prior_spread * static_cast<double>(expected(service).count()));
  return whole_seconds(spread);
}

std::chrono::seconds ServiceTimeEstimator::expected_error(ServiceId service) const {
  const auto size = static_cast<double>(sample(service).size());
  return whole_seconds(kMedianErrorPerSpread * static_cast<double>(spread(service).count()) / std::sqrt(size));
}

std::chrono::seconds ServiceTimeEstimator::remaining_spread(ServiceId service, std::chrono::seconds elapsed) const {
  if (elapsed <= seconds{0}) return spread(service);
  // Half the distance between the conditional quantiles one standard deviation either side: the
  // standard deviation for normal data, and robust to the lognormal's long tail.
  const LogNormal fitted = LogNormal::fit(capped(sample(service)));
  double spread = (fitted.end_quantile(elapsed, standard_normal_cdf(1.0)) -
                   fitted.end_quantile(elapsed, standard_normal_cdf(-1.0))) /
                  2;
  if (observed(service) < config_.min_samples)  // as in spread()
    spread = std::max(spread, config_.prior_spread * static_cast<double>(expected(service).count()));
  return whole_seconds(spread);
}

std::chrono::seconds ServiceTimeEstimator::mean(ServiceId service) const {
  const std::vector<seconds> values = capped(sample(service));
  double sum = 0.0;
  for (const auto v : values) sum += static_cast<double>(v.count());
  return whole_seconds(sum / static_cast<double>(values.size()));
}

// Medians, like service times: one unlogged break between two calls must not slow every estimate.
std::chrono::seconds ServiceTimeEstimator::walk_up() const {
  return walk_ups_.empty() ? seconds{0} : median(std::vector<seconds>(walk_ups_.begin(), walk_ups_.end()));
}
std::chrono::seconds ServiceTimeEstimator::wrap_up() const {
  return wrap_ups_.empty() ? seconds{0} : median(std::vector<seconds>(wrap_ups_.begin(), wrap_ups_.end()));
}

std::map<TicketId, WaitEstimate> estimate_waits(const OfficeQueue& queue, const ServiceTimeEstimator& service_times,
                                                TimePoint now) {
  std::map<TicketId, WaitEstimate> estimates;
  std::vector<CallCandidate> pending = queue.waiting_candidates();
  if (pending.empty()) return estimates;

  std::map<ServiceId, int> waiting_per_service;
  for (const auto& candidate : pending) ++waiting_per_service[candidate.service];

  const Catalog& catalog = queue.catalog();
  const WaitEstimateConfig& config = service_times.config();
  ExpectedTimes expected{service_times};
  std::vector<SimulatedCall> calls;
  calls.reserve(pending.size());

  // 1. The counters that are calling now (open, their clerk not on a break), each from the moment
  // its current citizen should be done.
  std::vector<SimulatedCounter> open;
  for (const auto& [id, state] : queue.counters()) {
    if (!state.calling()) continue;
    if (const Counter* counter = catalog.find_counter(id))
      open.push_back(simulated(*counter, queue, state, service_times, now));
  }
  const seconds overhead = service_times.walk_up() + service_times.wrap_up();
  simulate(queue.policy(), expected, overhead, std::move(open), pending, calls, false);

  // 2. Fallback for tickets no calling counter may call: their service has no open counter (typically
  // before the first counter opens, or while its clerks are on a break) or they were transferred to a
  // counter that is closed. Rather than show no estimate, assume the closed counters that could call
  // them open idle right now and take only these tickets. This is optimistic: those clerks may open later or also work other queues.
  if (!pending.empty()) {
    std::vector<SimulatedCounter> closed;
    for (const Counter& counter : catalog.counters) {
      const auto state = queue.counters().find(counter.id);
      if (state == queue.counters().end() || !state->second.calling()) closed.push_back({&counter, now});
    }
    simulate(queue.policy(), expected, overhead, std::move(closed), pending, calls, true);
  }
  // Whatever is still pending has no counter at all in the catalog: it gets no estimate.

  // Each phase calls in time order; merging the phases by time (phase 1 first on ties) gives the
  // order in which the tickets of one service are called, hence their positions.
  std::stable_sort(calls.begin(), calls.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
  std::map<ServiceId, int> called_before;
  for (const auto& call : calls) {
    WaitEstimate estimate;
    estimate.position = ++called_before[call.service];
    estimate.waiting_total = waiting_per_service[call.service];
    const seconds wait = call.at - now;
    estimate.estimated_wait = scaled(wait, config.optimism_factor);
    estimate.wait_low = std::min(estimate.estimated_wait, scaled(wait - whole_seconds(config.range_below * call.spread),
                                                                 config.optimism_factor));
    estimate.wait_high =
        std::max(estimate.estimated_wait,
                 scaled(wait + whole_seconds(config.range_above * call.spread), config.optimism_factor));
    estimate.no_open_counter = call.by_closed_counter;
    estimates.emplace(call.ticket, estimate);
  }
  return estimates;
}

}  // namespace civiq::domain
