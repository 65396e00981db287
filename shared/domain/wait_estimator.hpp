// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Wait estimation for every waiting ticket. See docs/wait-estimation.md for the model.
//
// ServiceTimeEstimator learns how long each service takes from finished services (robust: the median
// of the last `window` observations, blended with the configured default until `min_samples` exist),
// and what every call costs besides the service: walking up (call to start) and wrapping up (finish
// to the clerk's next call while citizens were waiting).
// estimate_waits() then replays the future: counters that are open become free when their current
// citizen is expected to be done (the median of what a case that has run this long has left, under a
// lognormal fitted to the window, at least `min_remaining`, plus the wrap-up), and each free counter
// calls the next ticket with the same CallingPolicy the real "call next" uses, then is busy for
// walk-up + service + wrap-up (its first case the median, later ones the mean: a run of cases adds
// up to about the sum of their means). A ticket's estimate is the simulated time until it is called,
// times optimism_factor.
// The range around it comes from the same replay: each simulated counter also sums the variance of
// what it is assumed to do before each call (the rest of its current case, then one case of each
// service it calls, shared among the counters serving the ticket's service, and the error of the
// learned times, which repeats for every case), and the range reaches range_below / range_above of
// that spread below / above the estimate.
// Thread rule: value types; not synchronised.
#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <vector>

#include "berlin_time.hpp"
#include "catalog.hpp"
#include "ids.hpp"

namespace civiq::domain {

class OfficeQueue;
struct Event;

struct WaitEstimateConfig {
  std::size_t window = 20;        // observations kept per service
  std::size_t min_samples = 3;    // below this, blend with the service's default time
  double optimism_factor = 1.0;   // < 1 tells citizens shorter waits, > 1 longer
  std::chrono::seconds min_remaining{30};  // a citizen at a counter still needs at least this long
  // The range (WaitEstimate::wait_low/high): the estimate minus range_below and plus range_above
  // times the spread of the ticket's call time. 1.28 either way is the central 80 % of a normal
  // distribution: 10 % of waits below the range, 10 % above. A service's spread is learned from its
  // window; until min_samples observations exist it is at least prior_spread x its expected time.
  double range_below = 1.28;
  double range_above = 1.28;
  double prior_spread = 0.5;
};

class ServiceTimeEstimator {
 public:
  ServiceTimeEstimator(std::shared_ptr<const Catalog> catalog, WaitEstimateConfig config);

  void observe(ServiceId service, std::chrono::seconds served);
  // Everything the estimator learns from one applied event: the service time of a ServiceFinished (as
  // above), and the walk-up and wrap-up around calls. Call it after queue.apply(event), in order.
  void observe(const Event& event, const OfficeQueue& after);
  [[nodiscard]] std::chrono::seconds expected(ServiceId service) const;
  // The mean of the sample, each observation capped at 3x the median: what a case costs on average
  // when several follow each other (the replay's later cases at a counter).
  [[nodiscard]] std::chrono::seconds mean(ServiceId service) const;
  // How much longer a service that has run for `elapsed` takes: the median of what it has left under
  // the lognormal fitted to the sample (default-filled as for expected(), each observation capped at
  // 3x the median), and never less than min_remaining. expected() when elapsed is 0. A lognormal
  // because service times are skewed: a case that has run long has, typically, minutes left, and the
  // fit says how many also beyond the longest case in the window. With a sample that does not vary
  // (only the default) it is expected() - elapsed.
  [[nodiscard]] std::chrono::seconds remaining(ServiceId service, std::chrono::seconds elapsed) const;
  // How much one case of the service varies: the standard deviation of the sample (default-filled
  // as for expected()), each observation capped at 3x the median so that one unlogged break does
  // not widen every range; at least prior_spread x expected() while fewer than min_samples
  // observations exist (the default copies agree with each other and say nothing about spread).
  [[nodiscard]] std::chrono::seconds spread(ServiceId service) const;
  // The same for what a case that has run for `elapsed` has left, under the fitted lognormal: half
  // the distance between its conditional quantiles at Φ(-1) and Φ(1); at least prior_spread x
  // expected() while fewer than min_samples observations exist. spread() when elapsed is 0.
  [[nodiscard]] std::chrono::seconds remaining_spread(ServiceId service, std::chrono::seconds elapsed) const;
  // How far expected() itself may be off, because it is learned from a few cases: the standard
  // error of a median, sqrt(pi/2) x spread() / sqrt(sample size). Unlike a case's own variation it
  // repeats for every case of the service ahead of a ticket.
  [[nodiscard]] std::chrono::seconds expected_error(ServiceId service) const;
  // Median of the last `window` walk-ups (call to start) and wrap-ups (finish to the same counter's
  // next call, counted only when someone that counter could call was waiting); 0 until observed.
  [[nodiscard]] std::chrono::seconds walk_up() const;
  [[nodiscard]] std::chrono::seconds wrap_up() const;
  [[nodiscard]] const WaitEstimateConfig& config() const { return config_; }

 private:
  [[nodiscard]] std::vector<std::chrono::seconds> sample(ServiceId service) const;
  [[nodiscard]] std::size_t observed(ServiceId service) const;  // observations kept (not default copies)

  std::shared_ptr<const Catalog> catalog_;
  WaitEstimateConfig config_;
  std::map<ServiceId, std::deque<std::chrono::seconds>> observations_;
  std::deque<std::chrono::seconds> walk_ups_;
  std::deque<std::chrono::seconds> wrap_ups_;
  std::map<CounterId, TimePoint> called_at_;
  std::map<CounterId, TimePoint> busy_finish_;  // a finish with citizens waiting, until the next call
};

struct WaitEstimate {
  int position = 0;       // 1 = next of its service to be called
  int waiting_total = 0;  // tickets waiting for the same service
  std::chrono::seconds estimated_wait{0};
  // The range the actual wait should fall in; wait_low <= estimated_wait <= wait_high (seconds,
  // scaled by optimism_factor like the estimate). Wider the more uncertain service times lie ahead.
  std::chrono::seconds wait_low{0};
  std::chrono::seconds wait_high{0};
  // No counter that is open now may call this ticket (its service's counters are closed, or it was
  // sent to a closed counter): the figures above say "once such a counter opens", not "from now".
  bool no_open_counter = false;
};

// Estimates for every waiting ticket of the queue at `now`.
[[nodiscard]] std::map<TicketId, WaitEstimate> estimate_waits(const OfficeQueue& queue,
                                                              const ServiceTimeEstimator& service_times,
                                                              TimePoint now);

}  // namespace civiq::domain
