#pragma once
// Wait estimation for every waiting ticket. See docs/wait-estimation.md for the model.
//
// ServiceTimeEstimator learns how long each service takes from finished services (robust: the median
// of the last `window` observations, blended with the configured default until `min_samples` exist).
// estimate_waits() then replays the future: counters that are open become free when their current
// citizen is expected to be done (expected service time minus what has already elapsed, at least
// `min_remaining`), and each free counter calls the next ticket with the same CallingPolicy the real
// "call next" uses. A ticket's estimate is the simulated time until it is called, times
// optimism_factor. Thread rule: value types; not synchronised.
#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <memory>

#include "berlin_time.hpp"
#include "catalog.hpp"
#include "ids.hpp"

namespace civiq::domain {

class OfficeQueue;

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
  [[nodiscard]] std::chrono::seconds expected(ServiceId service) const;
  [[nodiscard]] const WaitEstimateConfig& config() const { return config_; }

 private:
  std::shared_ptr<const Catalog> catalog_;
  WaitEstimateConfig config_;
  std::map<ServiceId, std::deque<std::chrono::seconds>> observations_;
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
