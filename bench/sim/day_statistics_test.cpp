// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Error and fairness statistics on small hand-made days.
#include <doctest/doctest.h>

#include "day_statistics.hpp"
#include "scenario.hpp"

namespace civiq::bench {
namespace {

using domain::ServiceId;
using domain::TicketId;
using std::chrono::minutes;

domain::TimePoint at(int minute) { return at_local(std::chrono::hours{9} + minutes{minute}); }

// Three tickets of one service: t1 waits 10 min, t2 6 min, t3 gives up after 30 min.
DayResult small_day() {
  DayResult day;
  day.predictor_names = {"good", "bad"};
  TicketOutcome t1{TicketId{1}, 0, VisitKind::WalkIn, std::nullopt, {{ServiceId{1}, at(0), at(10), std::nullopt}}};
  TicketOutcome t2{TicketId{2}, 1, VisitKind::Priority, std::nullopt, {{ServiceId{1}, at(2), at(8), std::nullopt}}};
  TicketOutcome t3{TicketId{3}, 2, VisitKind::WalkIn, std::nullopt, {{ServiceId{1}, at(3), std::nullopt, at(33)}}};
  day.tickets = {t1, t2, t3};
  const auto m = [](int n) { return std::optional<Estimate>{Estimate{minutes{n}}}; };
  // "good" also gives a range: [n - below, n + above] minutes.
  const auto r = [](int n, int below, int above) {
    return std::optional<Estimate>{Estimate{minutes{n}, minutes{n - below}, minutes{n + above}}};
  };
  day.observations = {
      {TicketId{1}, 0, at(0), true, {r(9, 2, 1), m(0)}},    // actual 10: errors -1, -10; in [7, 10]
      {TicketId{1}, 0, at(5), false, {r(5, 1, 1), m(15)}},  // actual 5: errors 0, +10; in [4, 6]
      {TicketId{2}, 0, at(2), true, {r(8, 1, 3), m(2)}},    // actual 6: errors +2, -4; not in [7, 11]
      {TicketId{3}, 0, at(3), true, {r(1, 1, 1), m(100)}},  // gave up: left out
  };
  return day;
}

}  // namespace

TEST_CASE("percentile is the nearest rank") {
  CHECK(percentile({}, 0.9) == 0);
  CHECK(percentile({5}, 0.9) == 5);
  CHECK(percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9) == 9);
  CHECK(percentile({10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, 0.9) == 9);  // rank ceil(9.9) = 10 of 11
  CHECK(percentile({3, 1, 2}, 0.5) == 2);
}

TEST_CASE("error_stats: mean absolute, P90 absolute and signed bias") {
  const ErrorStats s = error_stats({-60, 0, 120});
  CHECK(s.n == 3);
  CHECK(s.mae_s == doctest::Approx(60));
  CHECK(s.bias_s == doctest::Approx(20));
  CHECK(s.p90_s == doctest::Approx(120));
  CHECK(error_stats({}).n == 0);
}

TEST_CASE("AccuracyTally compares with the call and leaves out citizens who gave up") {
  AccuracyTally tally;
  tally.add(small_day());
  REQUIRE(tally.names() == std::vector<std::string>{"good", "bad"});
  const ErrorStats good_issue = tally.at_issue(0);
  CHECK(good_issue.n == 2);
  CHECK(good_issue.mae_s == doctest::Approx(90));   // |-60| and |+120|
  CHECK(good_issue.bias_s == doctest::Approx(30));
  const ErrorStats bad_all = tally.all(1);
  CHECK(bad_all.n == 3);
  CHECK(bad_all.mae_s == doctest::Approx(480));     // 600, 600, 240
  CHECK(bad_all.bias_s == doctest::Approx(-80));
  // Ranges: at issue [7, 10] holds 10, [7, 11] misses 6; the update [4, 6] holds 5.
  CHECK(tally.range_at_issue(0).n == 2);
  CHECK(tally.range_at_issue(0).coverage() == doctest::Approx(0.5));
  CHECK(tally.range_at_issue(0).mean_width_s() == doctest::Approx(210));  // (3 + 4) / 2 min
  CHECK(tally.range_all(0).n == 3);
  CHECK(tally.range_all(0).coverage() == doctest::Approx(2.0 / 3));
  CHECK(tally.by_service(0).at(ServiceId{1}).range.covered == 2);
  CHECK(tally.range_all(1).n == 0);  // no ranges, no range statistics
  CHECK(tally.range_all(1).coverage() == 0);
  DayResult other = small_day();
  other.predictor_names = {"good"};
  CHECK_THROWS_AS(tally.add(other), std::invalid_argument);
}

TEST_CASE("FairnessTally: waits per service and kind; giving up misses the SLA") {
  FairnessTally tally(minutes{8});
  tally.add(small_day());
  const WaitStats all = tally.overall();
  CHECK(all.served == 2);
  CHECK(all.gave_up == 1);
  CHECK(all.max_s == doctest::Approx(600));
  CHECK(all.mean_s == doctest::Approx(480));
  CHECK(all.within_sla == doctest::Approx(1.0 / 3));  // t2 (6 min) of three
  CHECK(tally.by_kind().at(VisitKind::Priority).within_sla == doctest::Approx(1.0));
  CHECK(tally.by_service().at(ServiceId{1}).served == 2);
  CHECK(tally.appointment_lateness().served == 0);
}

}  // namespace civiq::bench

namespace civiq::bench {

TEST_CASE("mae_ratio: the ratio of the MAEs, with an interval from resampling days") {
  const std::vector<DayErrorSum> a = {{60, 2}, {120, 2}, {90, 2}};   // MAE 45
  const std::vector<DayErrorSum> b = {{180, 2}, {180, 2}, {180, 2}}; // MAE 90
  const RatioInterval r = mae_ratio(a, b, 500, 7);
  CHECK(r.ratio == doctest::Approx(0.5));
  CHECK(r.low >= doctest::Approx(30.0 / 90));   // no resample beats the best day twice over
  CHECK(r.high <= doctest::Approx(60.0 / 90));
  CHECK(r.low <= r.ratio);
  CHECK(r.high >= r.ratio);
  CHECK(mae_ratio(a, b, 500, 7).low == r.low);  // same seed, same interval
  const std::vector<DayErrorSum> constant = {{100, 1}, {100, 1}};
  const RatioInterval same = mae_ratio(constant, constant, 100, 1);
  CHECK(same.low == doctest::Approx(1));
  CHECK(same.high == doctest::Approx(1));
  CHECK_THROWS_AS((void)mae_ratio(a, constant), std::invalid_argument);
}

TEST_CASE("AccuracyTally keeps one error sum per day and predictor") {
  AccuracyTally tally;
  tally.add(small_day());
  tally.add(small_day());
  REQUIRE(tally.days_at_issue(0).size() == 2);
  CHECK(tally.days_at_issue(0)[1].n == 2);
  CHECK(tally.days_at_issue(0)[1].abs_sum == doctest::Approx(180));
  CHECK(tally.days_all(1)[0].abs_sum == doctest::Approx(1440));
  const ErrorSums bad = tally.by_service(1).at(ServiceId{1});
  CHECK(bad.n == 6);
  CHECK(bad.abs_sum == doctest::Approx(2880));
  CHECK(bad.signed_sum == doctest::Approx(-480));
}

}  // namespace civiq::bench
