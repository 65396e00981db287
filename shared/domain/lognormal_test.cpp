// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "lognormal.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

namespace civiq::domain {
namespace {

using namespace std::chrono;

}  // namespace

TEST_CASE("standard normal: distribution function and quantile") {
  CHECK(standard_normal_cdf(0.0) == doctest::Approx(0.5));
  CHECK(standard_normal_cdf(1.959964) == doctest::Approx(0.975).epsilon(1e-6));
  CHECK(standard_normal_cdf(-1.0) == doctest::Approx(0.158655).epsilon(1e-5));
  for (const double z : {-5.0, -1.2816, 0.0, 0.3, 1.6449, 4.0})
    CHECK(standard_normal_quantile(standard_normal_cdf(z)) == doctest::Approx(z).epsilon(1e-9));
  CHECK(standard_normal_quantile(0.0) < -7.0);  // clamped, finite
  CHECK(standard_normal_quantile(1.0) > 7.0);
}

TEST_CASE("LogNormal::fit: mean and sample standard deviation of the logs") {
  const std::vector<seconds> same{100s, 100s, 100s};
  const LogNormal flat = LogNormal::fit(same);
  CHECK(flat.mu == doctest::Approx(std::log(100.0)));
  CHECK(flat.sigma == doctest::Approx(0.0));
  const std::vector<seconds> apart{100s, 10000s};
  const LogNormal wide = LogNormal::fit(apart);
  CHECK(wide.mu == doctest::Approx(std::log(1000.0)));
  CHECK(wide.sigma == doctest::Approx(std::sqrt(2.0) * std::log(10.0)));
  CHECK(LogNormal::fit(std::vector<seconds>{}).sigma == 0.0);
  CHECK(LogNormal::fit(std::vector<seconds>{0s, 1s}).sigma == 0.0);  // below 1 s counts as 1 s
}

TEST_CASE("LogNormal::end_quantile: a case that has run long has more left, not less") {
  const LogNormal d{std::log(600.0), 0.6};
  CHECK(d.end_quantile(0s, 0.5) == doctest::Approx(600.0));  // not started: the median
  // Median time left after 600, 1200 and 2400 s: about 299, 310 and 390 s.
  CHECK(d.end_quantile(600s, 0.5) - 600 == doctest::Approx(299.0).epsilon(0.01));
  CHECK(d.end_quantile(1200s, 0.5) - 1200 == doctest::Approx(310.0).epsilon(0.01));
  CHECK(d.end_quantile(2400s, 0.5) - 2400 == doctest::Approx(390.0).epsilon(0.01));
  for (const auto e : {0s, 300s, 3000s, 20000s}) {
    CAPTURE(e.count());
    CHECK(d.end_quantile(e, 0.16) >= static_cast<double>(e.count()));
    CHECK(d.end_quantile(e, 0.16) < d.end_quantile(e, 0.5));
    CHECK(d.end_quantile(e, 0.5) < d.end_quantile(e, 0.84));
  }
  // Without spread, the one value: a case past it ends now.
  const LogNormal point{std::log(600.0), 0.0};
  CHECK(point.end_quantile(100s, 0.5) == doctest::Approx(600.0));
  CHECK(point.end_quantile(700s, 0.5) == doctest::Approx(700.0));
}

}  // namespace civiq::domain
