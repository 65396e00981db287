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

// expected() sorts a window on every call; the simulation asks once per call, so remember the answers.
class ExpectedTimes {
 public:
  explicit ExpectedTimes(const ServiceTimeEstimator& estimator) : estimator_(estimator) {}

  seconds operator()(ServiceId service) {
    const auto [it, inserted] = cache_.try_emplace(service);
    if (inserted) it->second = estimator_.expected(service);
    return it->second;
  }

 private:
  const ServiceTimeEstimator& estimator_;
  std::map<ServiceId, seconds> cache_;
};

struct SimulatedCounter {
  const Counter* counter;
  TimePoint free_at;
};

struct SimulatedCall {
  TicketId ticket;
  ServiceId service;
  TimePoint at;
};

// When an open counter can call again: now if idle; else when its current citizen is expected to be
// done, plus the clerk's wrap-up. A citizen being served for `elapsed` needs remaining(elapsed). One
// who was called but not started is walking up for the usual walk-up time; time beyond it counts as
// service (many clerks never press "start"). A visit that already overran still needs min_remaining.
TimePoint free_at(const OfficeQueue& queue, const CounterState& state, const ServiceTimeEstimator& times,
                  TimePoint now) {
  if (!state.current) return now;
  const Ticket* ticket = queue.find(*state.current);
  if (ticket == nullptr) return now;
  if (ticket->serving_since) {
    const seconds elapsed = std::max(now - *ticket->serving_since, seconds{0});
    return now + times.remaining(ticket->service(), elapsed) + times.wrap_up();
  }
  const seconds walked = ticket->called_at ? std::max(now - *ticket->called_at, seconds{0}) : seconds{0};
  const seconds walk = times.walk_up();
  const seconds rest = std::max(walk - walked, seconds{0}) +
                       times.remaining(ticket->service(), std::max(walked - walk, seconds{0}));
  return now + std::max(times.config().min_remaining, rest) + times.wrap_up();
}

// Replays "call next": the counter that is free first calls whom the policy picks at that simulated
// time and is then busy for the expected service time plus the per-call overhead (walk-up and
// wrap-up). A counter with nothing eligible is retired: eligibility does not depend on time and
// candidates only ever leave, so it would never call again. The simulated time never goes back (the
// earliest free counter is always next), which CandidateIndex relies on.
// Every step removes a candidate or a counter, so this ends after at most |pending| + |counters| steps.
// Picked candidates leave `pending`; what is left could not be called by any of these counters.
void simulate(const CallingPolicy& policy, ExpectedTimes& expected, seconds overhead,
              std::vector<SimulatedCounter> counters, std::vector<CallCandidate>& pending,
              std::vector<SimulatedCall>& calls) {
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
    calls.push_back({picked->ticket, picked->service, next->free_at});
    next->free_at += expected(picked->service) + overhead;
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
    observe(finished->service, seconds{finished->served_s});
    // The gap to this counter's next call is wrap-up only if someone was waiting for it; otherwise
    // it is idleness and says nothing about the clerk's pace.
    if (someone_waits_for(after, finished->counter)) busy_finish_[finished->counter] = event.at;
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

std::chrono::seconds ServiceTimeEstimator::expected(ServiceId service) const { return median(sample(service)); }

std::chrono::seconds ServiceTimeEstimator::remaining(ServiceId service, std::chrono::seconds elapsed) const {
  // Service times are skewed: a case that has run long tends to run longer still, so "expected minus
  // elapsed" says "almost done" far too often. What the longer observations had left is the evidence.
  std::vector<seconds> left;
  for (const auto v : sample(service))
    if (v > elapsed) left.push_back(v - elapsed);
  if (left.empty()) return config_.min_remaining;
  return std::max(config_.min_remaining, median(std::move(left)));
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

  // 1. The counters that are open now, each from the moment its current citizen should be done.
  std::vector<SimulatedCounter> open;
  for (const auto& [id, state] : queue.counters()) {
    if (!state.open) continue;
    if (const Counter* counter = catalog.find_counter(id))
      open.push_back({counter, free_at(queue, state, service_times, now)});
  }
  const seconds overhead = service_times.walk_up() + service_times.wrap_up();
  simulate(queue.policy(), expected, overhead, std::move(open), pending, calls);

  // 2. Fallback for tickets no open counter may call: their service has no open counter (typically
  // before the first counter opens) or they were transferred to a counter that is closed. Rather than
  // show no estimate, assume the closed counters that could call them open idle right now and take
  // only these tickets. This is optimistic: those clerks may open later or also work other queues.
  if (!pending.empty()) {
    std::vector<SimulatedCounter> closed;
    for (const Counter& counter : catalog.counters) {
      const auto state = queue.counters().find(counter.id);
      if (state == queue.counters().end() || !state->second.open) closed.push_back({&counter, now});
    }
    simulate(queue.policy(), expected, overhead, std::move(closed), pending, calls);
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
    estimate.estimated_wait = scaled(call.at - now, config.optimism_factor);
    estimates.emplace(call.ticket, estimate);
  }
  return estimates;
}

}  // namespace civiq::domain
