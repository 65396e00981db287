// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A bench-local copy of domain::estimate_waits with every correction that was measured for it
// (docs/wait-estimation.md, "Accuracy"), each behind its own switch so its effect can be measured
// alone. With every switch off it is the estimator before 2026-11-22 (median replay only);
// shipped_estimator() switches on what estimate_waits does today (a test holds the two together).
//   mean_service_time    expected service time = mean of the window, each observation capped at
//                        kOutlierCap x the median, instead of the median. A queue drains at the MEAN
//                        service time; for right-skewed (lognormal) times the median is 10-30 % lower.
//   call_overhead        every call also costs the learned walk-up (call -> start) and wrap-up
//                        (finish -> the clerk's next call while citizens were waiting) time.
//   residual_service     a citizen already served for e seconds needs the median of what is left
//                        under the lognormal fitted to the window (as ServiceTimeEstimator::remaining),
//                        not max(min_remaining, median - e), which says "almost done" to every long case.
//   mean_after_first     each counter's first simulated case takes the median, every later one the
//                        (capped) mean: the sum of several skewed cases runs close to the sum of means.
//   booked_appointments  appointments booked for later today that have not checked in yet are
//                        simulated as arriving (due) at slot - appointment_lead, each weighted by the
//                        day's observed check-in rate, so walk-ins are told they will be overtaken.
//   future_walk_ins      walk-ins expected to arrive before closing, per service at the rate seen in
//                        the last hour (priority ones at the day's priority share), are simulated too:
//                        they overtake through priority and counter weights, and they occupy shared
//                        counters that the waiting tickets of other services were counting on.
//   monte_carlo          instead of one replay with typical durations, replay `monte_carlo` futures
//                        with durations drawn from the observed windows (and each booked appointment
//                        coming or not) and report each ticket's median call time: the estimate with
//                        the least expected absolute error under this model. A yardstick for how much
//                        accuracy is left to gain, ~40x the cost of one replay.
//   later_services       a ticket with a further service (A, then B) comes back for it when the first
//                        is done, with the seniority of its arrival, as OfficeQueue does: it occupies a
//                        counter the tickets waiting for B (and for the other services of that counter)
//                        were counting on. estimate_waits cannot do this yet: CandidateIndex only
//                        ever removes candidates (docs/wait-estimation.md).
// Thread rule: a predictor belongs to one simulated day; not synchronised.
#include <memory>
#include <string>
#include <vector>

#include "predictors.hpp"

namespace civiq::bench {

struct EstimatorProposal {
  std::string name;
  bool mean_service_time = false;
  bool call_overhead = false;
  bool residual_service = false;
  bool booked_appointments = false;
  bool future_walk_ins = false;
  int monte_carlo = 0;  // > 0: sample this many futures (service times from the window) and take the median
  bool mean_after_first = false;
  bool later_services = false;
};

[[nodiscard]] std::unique_ptr<Predictor> make_proposed_predictor(EstimatorProposal proposal);

// The switches that make this copy compute exactly what domain::estimate_waits computes today (a
// test holds them to it). Adopting a proposal in the domain means switching it on here too.
[[nodiscard]] EstimatorProposal shipped_estimator();

// Each switch alone on the old estimator ("civiq+..."); "civiq-next" = call_overhead +
// residual_service + mean_after_first, which is what shipped (so it equals the "civiq" row), also
// with mean_service_time, booked_appointments or later_services on top; "civiq-mc" = monte_carlo
// with call_overhead and booked_appointments (the yardstick).
[[nodiscard]] std::vector<EstimatorProposal> standard_proposals();

}  // namespace civiq::bench
