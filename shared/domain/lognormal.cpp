// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "lognormal.hpp"

#include <algorithm>
#include <cmath>

namespace civiq::domain {
namespace {

constexpr double kSmallestProbability = 1e-15;
constexpr double kWidestZ = 8.5;  // Φ(±8.5) is within 1e-16 of 0 and 1: the search interval
constexpr int kBisections = 64;   // halves 17 to about 1e-18

}  // namespace

double standard_normal_cdf(double z) {
  return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double standard_normal_quantile(double p) {
  p = std::clamp(p, kSmallestProbability, 1.0 - kSmallestProbability);
  double low = -kWidestZ;
  double high = kWidestZ;
  for (int i = 0; i < kBisections; ++i) {
    const double middle = (low + high) / 2;
    (standard_normal_cdf(middle) < p ? low : high) = middle;
  }
  return (low + high) / 2;
}

LogNormal LogNormal::fit(std::span<const std::chrono::seconds> values) {
  if (values.empty()) return {};
  double sum = 0.0;
  double squares = 0.0;
  for (const auto v : values) {
    const double x = std::log(static_cast<double>(std::max<std::chrono::seconds::rep>(v.count(), 1)));
    sum += x;
    squares += x * x;
  }
  const auto n = static_cast<double>(values.size());
  const double mu = sum / n;
  const double variance = values.size() > 1 ? std::max(squares / n - mu * mu, 0.0) * n / (n - 1) : 0.0;
  return {mu, std::sqrt(variance)};
}

double LogNormal::end_quantile(std::chrono::seconds elapsed, double p) const {
  const auto e = static_cast<double>(std::max<std::chrono::seconds::rep>(elapsed.count(), 0));
  if (sigma <= 0.0) return std::max(e, std::exp(mu));
  // P(X > x | X > e) = S(x) / S(e), so the p-quantile above e solves S(x) = S(e) (1 - p).
  const double survives = e > 0.0 ? 1.0 - standard_normal_cdf((std::log(e) - mu) / sigma) : 1.0;
  const double z = standard_normal_quantile(1.0 - survives * (1.0 - p));
  return std::max(e, std::exp(mu + sigma * z));
}

}  // namespace civiq::domain
