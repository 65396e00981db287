// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Wait predictors compared by the accuracy bench. Each one answers, for every waiting ticket at
// `now`, how much longer until it is called (remaining wait, not total).
//  - civiq: domain::estimate_waits, exactly what the server shows.
//  - Baselines after Ibrahim & Whitt ("Real-time delay estimation based on delay history", M&SOM
//    2009; time-varying arrivals: POMS 2011), applied per service (a service is a customer class):
//      QL      k * S / s    k = FCFS position in the service's queue, S = mean of the service's last
//                           20 service times (catalog default until one exists), s = open counters
//                           that serve it. The paper's (n+1)/(s*mu) with n = k-1 tickets ahead.
//      QL-obs  k * D        D = observed mean interval between consecutive completions of the
//                           service, over the last 10 intervals that began with the service's queue
//                           not empty (QL's S/s until one exists).
//      LES     max(0, w_LES - e)  w_LES = wait of the last ticket of the service to be called.
//      HOL     max(0, w_HOL - e)  w_HOL = elapsed wait of the service's head of line (FCFS order).
//      DAY     w_day              w_day = mean wait of all calls so far today, office-wide: the
//                                 number the county's current live ticket shows, at every update.
//    e is the ticket's own elapsed wait in its queue. LES and HOL estimate the total delay of a new
//    arrival, so a ticket that has already waited e is told the rest; DAY is shown as it is. At issue
//    e = 0 and both readings agree; for the updates each baseline is used in the reading that gave it
//    the lower error here (other_readings() measures the rest: docs/wait-estimation.md, "Accuracy").
// Thread rule: a predictor belongs to one simulated day; not synchronised.
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "day_history.hpp"
#include "domain/appointment.hpp"
#include "domain/office_queue.hpp"
#include "domain/wait_estimator.hpp"

namespace civiq::bench {

struct EstimateContext {
  const domain::OfficeQueue& queue;
  const domain::ServiceTimeEstimator& service_times;  // the server's: fed every ServiceFinished
  const DayHistory& history;
  std::span<const domain::Appointment> booked;        // the day's bookings, as the office knows them
  domain::TimePoint now;
};

// One predictor's answer for one waiting ticket: the remaining wait, and for civiq also the range
// it should fall in (wait_low, wait_high of domain::WaitEstimate); the baselines give a point.
struct Estimate {
  std::chrono::seconds wait{0};
  std::optional<std::chrono::seconds> low;
  std::optional<std::chrono::seconds> high;
  Estimate(std::chrono::seconds point) : wait(point) {}  // NOLINT(google-explicit-constructor): a point is an estimate
  Estimate(std::chrono::seconds point, std::chrono::seconds from, std::chrono::seconds to)
      : wait(point), low(from), high(to) {}
  friend bool operator==(const Estimate&, const Estimate&) = default;
};

using Estimates = std::map<domain::TicketId, Estimate>;

class Predictor {
 public:
  virtual ~Predictor() = default;
  [[nodiscard]] virtual std::string name() const = 0;
  // Called after every applied event, for predictors that learn on their own.
  virtual void observe(const domain::Event& /*event*/, const domain::OfficeQueue& /*after*/) {}
  // Remaining wait per waiting ticket; a ticket missing from the map has no estimate.
  [[nodiscard]] virtual Estimates predict(const EstimateContext& context) const = 0;
};

using Predictors = std::vector<std::unique_ptr<Predictor>>;
// A fresh set for each simulated day.
using PredictorFactory = std::function<Predictors()>;

[[nodiscard]] std::unique_ptr<Predictor> make_civiq_predictor();
[[nodiscard]] std::unique_ptr<Predictor> make_queue_length_predictor();
[[nodiscard]] std::unique_ptr<Predictor> make_observed_queue_length_predictor();
// other_reading: LES and HOL as is (the total), DAY minus e (the rest); see above.
[[nodiscard]] std::unique_ptr<Predictor> make_last_to_enter_service_predictor(bool other_reading = false);
[[nodiscard]] std::unique_ptr<Predictor> make_head_of_line_predictor(bool other_reading = false);
[[nodiscard]] std::unique_ptr<Predictor> make_day_average_predictor(bool other_reading = false);

// civiq, QL, QL-obs, LES, HOL, DAY in this order.
[[nodiscard]] Predictors standard_predictors();
// LES-raw, HOL-raw, DAY-rest: the readings not used by the standard baselines, for comparison.
[[nodiscard]] Predictors other_readings();

}  // namespace civiq::bench
