// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A lognormal distribution fitted to a few durations, and what it says about a case that has already
// run for a while. Service times at a counter are right-skewed (most cases are routine, a few take
// very long), and a lognormal describes that with two numbers learned from a handful of cases, where
// the handful itself says nothing about the tail beyond its longest case.
// Invariant: sigma >= 0. Thread rule: value type.
#include <chrono>
#include <span>

namespace civiq::domain {

struct LogNormal {
  double mu = 0.0;     // mean of log(seconds)
  double sigma = 0.0;  // standard deviation of log(seconds)

  // Fitted by the mean and (sample) standard deviation of the logs; a value below 1 s counts as 1 s.
  // An empty span gives mu = sigma = 0.
  [[nodiscard]] static LogNormal fit(std::span<const std::chrono::seconds> values);

  // For a case that has run `elapsed`: the time it ends (from its start, in seconds) with conditional
  // probability p in (0, 1), i.e. the p-quantile of the distribution above `elapsed`. With sigma = 0
  // the distribution is the single value exp(mu), and a case past it ends now (returns `elapsed`).
  [[nodiscard]] double end_quantile(std::chrono::seconds elapsed, double p) const;
};

// The standard normal distribution function and its inverse (bisection to about 1e-12; p is clamped
// to (1e-15, 1 - 1e-15)).
[[nodiscard]] double standard_normal_cdf(double z);
[[nodiscard]] double standard_normal_quantile(double p);

}  // namespace civiq::domain
