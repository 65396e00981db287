// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "proposed_estimator.hpp"

#include "domain/lognormal.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>
#include <random>
#include <set>
#include <tuple>
#include <variant>

namespace civiq::bench {
namespace {

using domain::CallCandidate;
using domain::Counter;
using domain::CounterId;
using domain::OfficeQueue;
using domain::ServiceId;
using domain::TicketId;
using domain::TimePoint;
using std::chrono::seconds;

constexpr double kOutlierCap = 3.0;           // mean_service_time: observations above 3x the median count as 3x
constexpr std::size_t kOverheadWindow = 20;   // walk-up and wrap-up samples kept
constexpr double kShowRatePrior = 0.9;        // booked_appointments: check-in rate before the day shows one
constexpr double kShowRatePriorWeight = 10;   // ... worth this many observed appointments
constexpr int kMonteCarloRuns = 41;          // civiq-mc: sampled futures per estimate (odd: a true median)
constexpr std::int64_t kFutureIdBase = 1'000'000'000;  // ids of simulated future arrivals
constexpr seconds kRateWindow{3600};          // future_walk_ins: arrival rates from the last hour
constexpr seconds kMinRateWindow{900};        // ... once at least this much of the day has passed
constexpr seconds kForecastHorizon{3 * 3600}; // ... and forecast at most this far ahead

// As wait_estimator.cpp.
seconds median(std::vector<seconds> values) {
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  if (values.size() % 2 == 1) return *middle;
  const seconds lower = *std::max_element(values.begin(), middle);
  return (lower + *middle + seconds{1}) / 2;
}

// As wait_estimator.cpp: each value capped at kOutlierCap x the median.
std::vector<seconds> capped(std::vector<seconds> values) {
  if (values.empty()) return values;
  const seconds cap = seconds{static_cast<seconds::rep>(kOutlierCap * static_cast<double>(median(values).count()))};
  for (auto& v : values) v = std::min(v, cap);
  return values;
}

// The median of a window (0 when empty): robust against the odd unlogged break between two calls.
seconds median_of(const std::deque<seconds>& values) {
  if (values.empty()) return seconds{0};
  return median(std::vector<seconds>(values.begin(), values.end()));
}

void keep(std::deque<seconds>& window, seconds value, std::size_t size) {
  window.push_back(value);
  while (window.size() > size) window.pop_front();
}

struct Pending {
  CallCandidate candidate;
  TimePoint arrives;    // now for waiting tickets; when due for a future appointment
  double weight = 1.0;  // share of a service the call costs (a future appointment may not come)
  bool real = true;
  std::size_t leg = 0;  // later_services: the ticket's service index this candidate is for
};

using Engine = std::mt19937_64;

template <class T>
const T& any_of_window(const std::vector<T>& values, Engine& rng) {
  return values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(rng)];
}

struct SimulatedCounter {
  const Counter* counter;
  TimePoint free_at;
  bool called = false;  // mean_after_first: this counter has called in this replay
};

class ProposedPredictor final : public Predictor {
 public:
  explicit ProposedPredictor(EstimatorProposal proposal) : proposal_(std::move(proposal)) {}

  std::string name() const override { return proposal_.name; }

  void observe(const domain::Event& event, const OfficeQueue& after) override {
    if (const auto* issued = std::get_if<domain::TicketIssued>(&event.body)) {
      if (!issued->appointment_code) walk_ins_.push_back({event.at, issued->services.front(), issued->priority});
      if (!first_issue_) first_issue_ = event.at;
    } else if (const auto* finished = std::get_if<domain::ServiceFinished>(&event.body)) {
      if (finished->served_s > 0) keep(observations_[finished->service], seconds{finished->served_s}, config_.window);
      last_finish_[finished->counter] = {event.at, has_eligible_waiting(after, finished->counter)};
    } else if (const auto* called = std::get_if<domain::TicketCalled>(&event.body)) {
      called_at_[called->counter] = event.at;
      // A call right after a finish with citizens waiting: the gap is the clerk's wrap-up, not idleness.
      if (const auto it = last_finish_.find(called->counter); it != last_finish_.end()) {
        if (it->second.second) keep(wrap_up_, event.at - it->second.first, kOverheadWindow);
        last_finish_.erase(it);
      }
    } else if (const auto* started = std::get_if<domain::ServiceStarted>(&event.body)) {
      if (const auto it = called_at_.find(started->counter); it != called_at_.end())
        keep(walk_up_, event.at - it->second, kOverheadWindow);
    } else if (const auto* no_show = std::get_if<domain::TicketNoShow>(&event.body)) {
      last_finish_.erase(no_show->counter);
    }
  }

  Estimates predict(const EstimateContext& context) const override {
    const OfficeQueue& queue = context.queue;
    const TimePoint now = context.now;
    Estimates out;
    std::vector<Pending> pending;
    for (const auto& candidate : queue.waiting_candidates())
      pending.push_back({candidate, now, 1.0, true, queue.find(candidate.ticket)->current_service});
    if (pending.empty()) return out;
    if (proposal_.booked_appointments) add_booked(context, pending);
    if (proposal_.future_walk_ins) add_future_walk_ins(context, pending);

    if (proposal_.monte_carlo == 0) {
      for (const auto& [ticket, at] : run_once(queue, now, pending, nullptr)) out.emplace(ticket, std::max(at - now, seconds{0}));
      return out;
    }
    // The median call time over sampled futures: the estimate with the least expected absolute error
    // under the model. Seeded by `now`, so the same state gives the same answer.
    Engine rng(static_cast<std::uint64_t>(now.time_since_epoch().count()));
    std::map<TicketId, std::vector<seconds>> waits;
    for (int r = 0; r < proposal_.monte_carlo; ++r)
      for (const auto& [ticket, at] : run_once(queue, now, pending, &rng)) waits[ticket].push_back(std::max(at - now, seconds{0}));
    for (auto& [ticket, sample] : waits) out.emplace(ticket, median(std::move(sample)));
    return out;
  }

  std::vector<std::pair<TicketId, TimePoint>> run_once(const OfficeQueue& queue, TimePoint now,
                                                       std::vector<Pending> pending, Engine* rng) const {
    if (rng) {  // a future appointment comes or it does not
      std::erase_if(pending, [&](const Pending& p) { return !std::bernoulli_distribution(p.weight)(*rng); });
      for (auto& p : pending) p.weight = 1.0;
    }
    std::vector<std::pair<TicketId, TimePoint>> calls;
    std::vector<SimulatedCounter> open;
    for (const auto& [id, state] : queue.counters()) {
      if (!state.open) continue;
      if (const Counter* counter = queue.catalog().find_counter(id)) {
        open.push_back({counter, free_at(queue, state, now, rng)});
        const domain::Ticket* t = state.current ? queue.find(*state.current) : nullptr;
        if (proposal_.later_services && t && t->has_next_service()) {
          CallCandidate again{
              t->id,        t->services[t->current_service + 1], t->arrived_at, t->priority, std::nullopt,
              std::nullopt, static_cast<double>(t->id.value)};
          pending.push_back({again, open.back().free_at - wrap_up(), 1.0, false, t->current_service + 1});
        }
      }
    }
    simulate(queue, std::move(open), pending, calls, rng);
    if (std::any_of(pending.begin(), pending.end(), [](const Pending& p) { return p.real; })) {
      std::vector<SimulatedCounter> closed;
      for (const Counter& counter : queue.catalog().counters) {
        const auto state = queue.counters().find(counter.id);
        if (state == queue.counters().end() || !state->second.open) closed.push_back({&counter, now});
      }
      simulate(queue, std::move(closed), pending, calls, rng);
    }
    return calls;
  }


 private:
  static bool has_eligible_waiting(const OfficeQueue& queue, CounterId counter) {
    const Counter* c = queue.catalog().find_counter(counter);
    if (!c) return false;
    const auto candidates = queue.waiting_candidates();
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](const CallCandidate& candidate) { return queue.policy().eligible(*c, candidate); });
  }

  // The window, with the default standing in for missing observations (as ServiceTimeEstimator).
  std::vector<seconds> sample(const OfficeQueue& queue, ServiceId service) const {
    const domain::Service* known = queue.catalog().find_service(service);
    const seconds fallback = known ? known->default_service_time : domain::Service{}.default_service_time;
    std::vector<seconds> values;
    if (const auto it = observations_.find(service); it != observations_.end()) values.assign(it->second.begin(), it->second.end());
    if (values.size() < config_.min_samples) values.resize(config_.min_samples, fallback);
    if (values.empty()) values.push_back(fallback);
    return values;
  }

  seconds expected(const OfficeQueue& queue, ServiceId service) const {
    return proposal_.mean_service_time ? mean(queue, service) : median(sample(queue, service));
  }

  // The mean of the window, each observation capped at kOutlierCap x the median.
  seconds mean(const OfficeQueue& queue, ServiceId service) const {
    const std::vector<seconds> values = capped(sample(queue, service));
    double sum = 0;
    for (const auto v : values) sum += static_cast<double>(v.count());
    return seconds{static_cast<seconds::rep>(std::llround(sum / static_cast<double>(values.size())))};
  }

  // How much longer a service that has run for `elapsed` takes.
  seconds remaining(const OfficeQueue& queue, ServiceId service, seconds elapsed, Engine* rng) const {
    if (rng) {
      std::vector<seconds> rest;
      for (const auto v : sample(queue, service))
        if (v > elapsed) rest.push_back(v - elapsed);
      return rest.empty() ? config_.min_remaining : std::max(config_.min_remaining, any_of_window(rest, *rng));
    }
    if (!proposal_.residual_service) return std::max(config_.min_remaining, expected(queue, service) - elapsed);
    // As ServiceTimeEstimator::remaining: the median of what is left under the lognormal fitted to
    // the window (each observation capped at kOutlierCap x the median), at least min_remaining. The
    // median, not the mean: the estimate is judged by its absolute error.
    if (elapsed <= seconds{0}) return expected(queue, service);
    const domain::LogNormal fitted = domain::LogNormal::fit(capped(sample(queue, service)));
    const double left = fitted.end_quantile(elapsed, 0.5) - static_cast<double>(elapsed.count());
    return std::max(config_.min_remaining, seconds{static_cast<seconds::rep>(std::llround(std::max(left, 0.0)))});
  }

  seconds walk_up(Engine* rng = nullptr) const {
    if (!proposal_.call_overhead || walk_up_.empty()) return seconds{0};
    return rng ? walk_up_[std::uniform_int_distribution<std::size_t>(0, walk_up_.size() - 1)(*rng)] : median_of(walk_up_);
  }
  seconds wrap_up(Engine* rng = nullptr) const {
    if (!proposal_.call_overhead || wrap_up_.empty()) return seconds{0};
    return rng ? wrap_up_[std::uniform_int_distribution<std::size_t>(0, wrap_up_.size() - 1)(*rng)] : median_of(wrap_up_);
  }
  seconds service_time(const OfficeQueue& queue, ServiceId service, Engine* rng) const {
    if (!rng) return expected(queue, service);
    return any_of_window(sample(queue, service), *rng);
  }

  TimePoint free_at(const OfficeQueue& queue, const domain::CounterState& state, TimePoint now, Engine* rng) const {
    if (!state.current) return now;
    const domain::Ticket* ticket = queue.find(*state.current);
    if (ticket == nullptr) return now;
    if (!ticket->serving_since && proposal_.call_overhead) {
      // Called, not started: still walking up, or served by a clerk who does not press "start".
      // Time beyond the usual walk-up counts as service.
      const seconds walked = ticket->called_at ? std::max(now - *ticket->called_at, seconds{0}) : seconds{0};
      const seconds walk = walk_up(rng);
      const seconds rest = std::max(walk - walked, seconds{0}) +
                           remaining(queue, ticket->service(), std::max(walked - walk, seconds{0}), rng);
      return now + std::max(config_.min_remaining, rest) + wrap_up(rng);
    }
    const std::optional<TimePoint> since = ticket->serving_since ? ticket->serving_since : ticket->called_at;
    const seconds elapsed = since ? std::max(now - *since, seconds{0}) : seconds{0};
    return now + remaining(queue, ticket->service(), elapsed, rng) + wrap_up(rng);
  }

  void add_booked(const EstimateContext& context, std::vector<Pending>& pending) const {
    const OfficeQueue& queue = context.queue;
    std::set<std::string> checked_in;
    for (const auto& [id, t] : queue.tickets())
      if (t.appointment_code) checked_in.insert(*t.appointment_code);
    double expired = 0;
    double shown = 0;
    for (const auto& a : context.booked)
      if (!a.cancelled && a.time + queue.config().check_in.latest_after < context.now) {
        ++expired;
        if (checked_in.contains(a.code)) ++shown;
      }
    const double show_rate = (shown + kShowRatePrior * kShowRatePriorWeight) / (expired + kShowRatePriorWeight);
    std::int64_t next_id = kFutureIdBase;
    for (const auto& a : context.booked) {
      if (a.cancelled || checked_in.contains(a.code) || a.time <= context.now || a.services.empty()) continue;
      const TimePoint due = std::max(context.now, a.time - queue.policy().config().appointment_lead);
      CallCandidate candidate{TicketId{next_id++}, a.services.front(), due, false, a.time, std::nullopt, 0.0};
      pending.push_back({candidate, due, show_rate, false});
    }
  }

  void add_future_walk_ins(const EstimateContext& context, std::vector<Pending>& pending) const {
    if (!first_issue_ || context.now - *first_issue_ < kMinRateWindow) return;
    const OfficeQueue& queue = context.queue;
    const auto closing = queue.catalog().hours.closing_time(queue.day());
    if (!closing) return;
    const TimePoint horizon = std::min(domain::from_berlin(queue.day(), *closing), context.now + kForecastHorizon);
    const seconds window = std::min(kRateWindow, context.now - *first_issue_);
    std::map<ServiceId, double> recent;
    double priority = 0;
    for (const auto& w : walk_ins_) {
      if (w.priority) ++priority;
      if (w.at > context.now - window) ++recent[w.service];
    }
    const double priority_share = walk_ins_.empty() ? 0.0 : priority / static_cast<double>(walk_ins_.size());
    std::int64_t next_id = kFutureIdBase + 100'000;
    for (const auto& [service, count] : recent) {
      // Evenly spaced at the observed rate: the mean path of the arrival process, split by priority.
      for (const bool is_priority : {false, true}) {
        const double share = is_priority ? priority_share : 1.0 - priority_share;
        const double rate = count * share / static_cast<double>(window.count());  // per second
        if (rate <= 0) continue;
        for (double k = 0.5;; k += 1.0) {
          const TimePoint at = context.now + seconds{static_cast<seconds::rep>(std::llround(k / rate))};
          if (at >= horizon) break;
          CallCandidate candidate{TicketId{next_id++}, service, at, is_priority, std::nullopt, std::nullopt, 0.0};
          pending.push_back({candidate, at, 1.0, false});
        }
      }
    }
  }

  // As wait_estimator.cpp's simulate(), except that candidates may arrive later: a counter with
  // nobody eligible yet waits for the next eligible arrival instead of retiring. Stops when no real
  // ticket is left: future arrivals matter only for whom they overtake.
  void simulate(const OfficeQueue& queue, std::vector<SimulatedCounter> counters, std::vector<Pending>& pending,
                std::vector<std::pair<TicketId, TimePoint>>& calls, Engine* rng) const {
    const domain::CallingPolicy& policy = queue.policy();
    std::vector<CallCandidate> arrived;
    std::vector<std::size_t> index;
    std::vector<Pending> reentries;
    while (!counters.empty() && std::any_of(pending.begin(), pending.end(), [](const Pending& p) { return p.real; })) {
      const auto next = std::min_element(counters.begin(), counters.end(), [](const auto& a, const auto& b) {
        return std::tie(a.free_at, a.counter->id) < std::tie(b.free_at, b.counter->id);
      });
      arrived.clear();
      index.clear();
      for (std::size_t i = 0; i < pending.size(); ++i)
        if (pending[i].arrives <= next->free_at) {
          arrived.push_back(pending[i].candidate);
          index.push_back(i);
        }
      const std::optional<std::size_t> picked = policy.pick(*next->counter, arrived, next->free_at);
      if (!picked) {
        std::optional<TimePoint> later;
        for (const auto& p : pending)
          if (p.arrives > next->free_at && policy.eligible(*next->counter, p.candidate) && (!later || p.arrives < *later))
            later = p.arrives;
        if (later) next->free_at = *later;
        else counters.erase(next);
        continue;
      }
      Pending& chosen = pending[index[*picked]];
      if (chosen.real) calls.emplace_back(chosen.candidate.ticket, next->free_at);
      const seconds service_cost = proposal_.mean_after_first && next->called && !rng
                                       ? mean(queue, chosen.candidate.service)
                                       : service_time(queue, chosen.candidate.service, rng);
      next->called = true;
      const seconds cost = service_cost + walk_up(rng) + wrap_up(rng);
      if (proposal_.later_services && chosen.candidate.ticket.value < kFutureIdBase) {
        const domain::Ticket* t = queue.find(chosen.candidate.ticket);
        const std::size_t leg = chosen.leg;
        if (t && leg + 1 < t->services.size()) {
          CallCandidate again{chosen.candidate.ticket,
                              t->services[leg + 1],
                              t->arrived_at,
                              t->priority,
                              std::nullopt,
                              std::nullopt,
                              static_cast<double>(t->id.value)};
          reentries.push_back({again, next->free_at + walk_up(rng) + service_cost, 1.0, false, leg + 1});
        }
      }
      const double busy = chosen.weight * static_cast<double>(cost.count());
      next->free_at += seconds{static_cast<seconds::rep>(std::llround(busy))};
      chosen = std::move(pending.back());
      pending.pop_back();
      for (auto& r : reentries) pending.push_back(std::move(r));
      reentries.clear();
    }
  }

  EstimatorProposal proposal_;
  domain::WaitEstimateConfig config_;
  std::map<ServiceId, std::deque<seconds>> observations_;
  std::deque<seconds> walk_up_;
  std::deque<seconds> wrap_up_;
  struct WalkIn {
    TimePoint at;
    ServiceId service;
    bool priority;
  };
  std::vector<WalkIn> walk_ins_;
  std::optional<TimePoint> first_issue_;
  std::map<CounterId, TimePoint> called_at_;
  std::map<CounterId, std::pair<TimePoint, bool>> last_finish_;  // when, and whether citizens were waiting
};

}  // namespace

std::unique_ptr<Predictor> make_proposed_predictor(EstimatorProposal proposal) {
  return std::make_unique<ProposedPredictor>(std::move(proposal));
}

EstimatorProposal shipped_estimator() {
  EstimatorProposal shipped{"civiq (copy)", false, true, true};
  shipped.mean_after_first = true;
  return shipped;
}

std::vector<EstimatorProposal> standard_proposals() {
  return {{"civiq+mean", true, false, false, false, false, 0},
          {"civiq+overhead", false, true, false, false, false, 0},
          {"civiq+residual", false, false, true, false, false, 0},
          {"civiq+booked", false, false, false, true, false, 0},
          {"civiq+future", false, false, false, false, true, 0},
          {"civiq-next", false, true, true, false, false, 0, true},
          {"civiq-next+mean", true, true, true, false, false, 0, true},
          {"civiq-next+booked", false, true, true, true, false, 0, true},
          {"civiq-next+later", false, true, true, false, false, 0, true, true},
          {"civiq-mc", false, true, false, true, false, kMonteCarloRuns}};
}

}  // namespace civiq::bench
