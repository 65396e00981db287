#include "wait_estimator.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

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

// When an open counter can call again: now if idle, else when its current citizen is expected to be
// done. The clock of the current visit starts at serving_since, or at called_at while the citizen is
// still walking up; a visit that already overran still needs min_remaining.
TimePoint free_at(const OfficeQueue& queue, const CounterState& state, ExpectedTimes& expected,
                  const WaitEstimateConfig& config, TimePoint now) {
  if (!state.current) return now;
  const Ticket* ticket = queue.find(*state.current);
  if (ticket == nullptr) return now;
  const std::optional<TimePoint> since = ticket->serving_since ? ticket->serving_since : ticket->called_at;
  const seconds elapsed = since ? std::max(now - *since, seconds{0}) : seconds{0};
  return now + std::max(config.min_remaining, expected(ticket->service()) - elapsed);
}

// Replays "call next": the counter that is free first calls whom the policy picks at that simulated
// time and is then busy for the expected service time. A counter with nothing eligible is retired:
// eligibility does not depend on time and candidates only ever leave, so it would never call again.
// Every step removes a candidate or a counter, so this ends after at most |pending| + |counters| steps.
// Picked candidates leave `pending`; what is left could not be called by any of these counters.
void simulate(const CallingPolicy& policy, ExpectedTimes& expected, std::vector<SimulatedCounter> counters,
              std::vector<CallCandidate>& pending, std::vector<SimulatedCall>& calls) {
  while (!counters.empty() && !pending.empty()) {
    const auto next = std::min_element(counters.begin(), counters.end(), [](const auto& a, const auto& b) {
      return std::tie(a.free_at, a.counter->id) < std::tie(b.free_at, b.counter->id);
    });
    const std::optional<std::size_t> picked = policy.pick(*next->counter, pending, next->free_at);
    if (!picked) {
      counters.erase(next);
      continue;
    }
    const CallCandidate& candidate = pending[*picked];
    calls.push_back({candidate.ticket, candidate.service, next->free_at});
    next->free_at += expected(candidate.service);
    // pick() breaks ties by ticket id, not by position, so the order of pending may change.
    pending[*picked] = std::move(pending.back());
    pending.pop_back();
  }
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

std::chrono::seconds ServiceTimeEstimator::expected(ServiceId service) const {
  const Service* known = catalog_ ? catalog_->find_service(service) : nullptr;
  // A service missing from the catalog still gets the catalog's documented default, not a guess.
  const seconds fallback = known ? known->default_service_time : Service{}.default_service_time;
  std::vector<seconds> sample;
  if (const auto it = observations_.find(service); it != observations_.end())
    sample.assign(it->second.begin(), it->second.end());
  // Too little data: the default stands in for each missing observation. Taking the median of that
  // mix keeps a single outlier among the first few observations from moving the estimate at all.
  if (sample.size() < config_.min_samples) sample.resize(config_.min_samples, fallback);
  if (sample.empty()) return fallback;  // min_samples == 0 and nothing observed yet
  return median(std::move(sample));
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
      open.push_back({counter, free_at(queue, state, expected, config, now)});
  }
  simulate(queue.policy(), expected, std::move(open), pending, calls);

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
    simulate(queue.policy(), expected, std::move(closed), pending, calls);
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
