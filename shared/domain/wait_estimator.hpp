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
// citizen is expected to be done (the median of what the longer observations had left after the time
// already spent, at least `min_remaining`, plus the wrap-up), and each free counter calls the next
// ticket with the same CallingPolicy the real "call next" uses, then is busy for walk-up + service +
// wrap-up. A ticket's estimate is the simulated time until it is called, times optimism_factor.
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
};

class ServiceTimeEstimator {
 public:
  ServiceTimeEstimator(std::shared_ptr<const Catalog> catalog, WaitEstimateConfig config);

  void observe(ServiceId service, std::chrono::seconds served);
  // Everything the estimator learns from one applied event: the service time of a ServiceFinished (as
  // above), and the walk-up and wrap-up around calls. Call it after queue.apply(event), in order.
  void observe(const Event& event, const OfficeQueue& after);
  [[nodiscard]] std::chrono::seconds expected(ServiceId service) const;
  // How much longer a service that has run for `elapsed` takes: the median of (x - elapsed) over the
  // observations x (default-filled as for expected()) longer than `elapsed`; min_remaining when none
  // is, and never less. expected() when elapsed is 0.
  [[nodiscard]] std::chrono::seconds remaining(ServiceId service, std::chrono::seconds elapsed) const;
  // Median of the last `window` walk-ups (call to start) and wrap-ups (finish to the same counter's
  // next call, counted only when someone that counter could call was waiting); 0 until observed.
  [[nodiscard]] std::chrono::seconds walk_up() const;
  [[nodiscard]] std::chrono::seconds wrap_up() const;
  [[nodiscard]] const WaitEstimateConfig& config() const { return config_; }

 private:
  [[nodiscard]] std::vector<std::chrono::seconds> sample(ServiceId service) const;

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
};

// Estimates for every waiting ticket of the queue at `now`.
[[nodiscard]] std::map<TicketId, WaitEstimate> estimate_waits(const OfficeQueue& queue,
                                                              const ServiceTimeEstimator& service_times,
                                                              TimePoint now);

}  // namespace civiq::domain
