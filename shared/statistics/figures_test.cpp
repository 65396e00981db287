// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figures.hpp"

#include <doctest/doctest.h>

#include "statistics_test_events.hpp"
#include "visits.hpp"

namespace civiq::statistics {

using namespace test;
using domain::CancelReason;
using std::chrono::minutes;

namespace {

constexpr TicketId kThirdTicket{3};

std::vector<HourServiceFigures> figures_of(const domain::Events& events, const FiguresConfig& config = {}) {
  return hourly_figures(fold_visits(events), config);
}

// A copy: the rows are often a temporary (row_for(figures_of(...), ...)).
HourServiceFigures row_for(const std::vector<HourServiceFigures>& rows, int hour, ServiceId service) {
  for (const auto& row : rows)
    if (row.key.day == domain::test::kMonday && row.key.hour == hour && row.key.service == service) return row;
  FAIL("no row for hour " << hour << " and service " << service.value);
  throw;  // unreachable: FAIL throws
}

domain::Events joined(std::initializer_list<domain::Events> parts) {
  domain::Events all;
  for (const auto& part : parts) all.insert(all.end(), part.begin(), part.end());
  return all;
}

}  // namespace

TEST_CASE("a visit counts in its Berlin hour of arrival, not the UTC hour and not the hour served") {
  // 08:59:59 Berlin is 07:59:59 UTC in winter; the citizen is served after 10:00.
  const auto rows = figures_of(served_walk_in(kTicket, kPass, monday(8, 59, 59), minutes{65}));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].key.day == domain::test::kMonday);
  CHECK(rows[0].key.hour == 8);
  CHECK(rows[0].served == 1);
}

TEST_CASE("arrivals: walk-ins and appointments apart; a visit for two services counts for each") {
  const auto rows = figures_of(
      {issued(monday(9, 0), kTicket, {kPass, kRegistration}), issued(monday(9, 10), kOtherTicket, {kPass}, "K7QX-2M")});
  const auto& pass = row_for(rows, 9, kPass);
  CHECK(pass.arrivals_walk_in == 1);
  CHECK(pass.arrivals_appointment == 1);
  const auto& registration = row_for(rows, 9, kRegistration);
  CHECK(registration.arrivals_walk_in == 1);
  CHECK(registration.arrivals_appointment == 0);
}

TEST_CASE("no-shows apart for appointments and walk-ins; cancellations by reason") {
  const auto rows = figures_of({issued(monday(9, 0), kTicket, {kPass}, "K7QX-2M"), called(monday(9, 5), kTicket),
                                no_show(monday(9, 8), kTicket), issued(monday(9, 1), kOtherTicket, {kPass}),
                                called(monday(9, 10), kOtherTicket), no_show(monday(9, 12), kOtherTicket),
                                issued(monday(9, 2), kThirdTicket, {kPass}),
                                cancelled(monday(9, 20), kThirdTicket, CancelReason::Citizen)});
  const auto& row = row_for(rows, 9, kPass);
  CHECK(row.no_shows_appointment == 1);
  CHECK(row.no_shows_walk_in == 1);
  CHECK(row.cancelled_by_citizen == 1);
  CHECK(row.cancelled_end_of_day == 0);
  CHECK(row.served == 0);
  CHECK(row.wait.count == 2);  // the cancelled citizen was never called: no wait to count
}

TEST_CASE("a transfer: the served time counts for the first service, the second service's row gets the rest") {
  const auto rows =
      figures_of({issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 5), kTicket), started(monday(9, 6), kTicket),
                  transferred(monday(9, 10), kTicket, kPass, kRegistration, 240), called(monday(10, 30), kTicket),
                  finished(monday(10, 40), kTicket, kRegistration, 600)});
  const auto& pass = row_for(rows, 9, kPass);
  CHECK(pass.transfers_out == 1);
  CHECK(pass.served == 0);
  CHECK(pass.service.count == 1);
  CHECK(pass.service.mean_s == doctest::Approx(240.0));
  const auto& registration = row_for(rows, 9, kRegistration);  // the arrival hour, though called at 10:30
  CHECK(registration.transfers_in == 1);
  CHECK(registration.arrivals_walk_in == 0);  // the citizen did not come for it
  CHECK(registration.served == 1);
  CHECK(registration.wait.max_s == 80 * 60);
  CHECK(registration.service.median_s == 600);
}

TEST_CASE("waiting, walking and service times per hour and service") {
  const auto rows = figures_of(joined({served_walk_in(kTicket, kPass, monday(9, 0), minutes{4}, 200),
                                       served_walk_in(kOtherTicket, kPass, monday(9, 10), minutes{10}, 400),
                                       served_walk_in(kThirdTicket, kPass, monday(9, 20), minutes{30}, 900)}));
  const auto& row = row_for(rows, 9, kPass);
  CHECK(row.wait.count == 3);
  CHECK(row.wait.mean_s == doctest::Approx(44.0 * 60 / 3));
  CHECK(row.wait.median_s == 10 * 60);
  CHECK(row.wait.p90_s == 30 * 60);
  CHECK(row.wait.max_s == 30 * 60);
  CHECK(row.walk.mean_s == doctest::Approx(60.0));
  CHECK(row.service.mean_s == doctest::Approx(500.0));
  CHECK(row.service.median_s == 400);
}

TEST_CASE("SLA: the share of served citizens whose wait was at most the target, the target included") {
  const auto events = joined({served_walk_in(kTicket, kPass, monday(9, 0), minutes{10}),
                              served_walk_in(kOtherTicket, kPass, monday(9, 1), minutes{20}),
                              served_walk_in(kThirdTicket, kPass, monday(9, 2), minutes{21})});
  SUBCASE("the default target of 20 minutes") {
    const auto& row = row_for(figures_of(events), 9, kPass);
    CHECK(row.served_within_target == 2);
    REQUIRE(row.sla_share.has_value());
    CHECK(*row.sla_share == doctest::Approx(2.0 / 3));
  }
  SUBCASE("a stricter target of 10 minutes") {
    const auto& row = row_for(figures_of(events, FiguresConfig{minutes{10}}), 9, kPass);
    CHECK(row.served_within_target == 1);
    CHECK(row.sla_share.value_or(-1.0) == doctest::Approx(1.0 / 3));
  }
}

TEST_CASE("SLA: nobody served means no share, not 0 % or 100 %") {
  const auto rows = figures_of(
      {issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 5), kTicket), no_show(monday(9, 8), kTicket)});
  CHECK_FALSE(row_for(rows, 9, kPass).sla_share.has_value());
}

TEST_CASE("the default SLA target is 20 minutes") {
  CHECK(FiguresConfig{}.sla_target_wait == minutes{20});
}

TEST_CASE("two services at one counter: the second is served with a wait of 0 and counts for its own service") {
  const auto rows = figures_of({issued(monday(9, 0), kTicket, {kPass, kRegistration}), called(monday(9, 30), kTicket),
                                started(monday(9, 31), kTicket),
                                finished(monday(9, 40), kTicket, kPass, 540, domain::ServiceOutcome::Served, true),
                                finished(monday(9, 45), kTicket, kRegistration, 300)});
  const auto& pass = row_for(rows, 9, kPass);
  CHECK(pass.served == 1);
  CHECK(pass.served_within_target == 0);  // waited 30 minutes
  const auto& registration = row_for(rows, 9, kRegistration);
  CHECK(registration.served == 1);
  CHECK(registration.wait.max_s == 0);
  CHECK(registration.served_within_target == 1);
  CHECK(registration.service.mean_s == doctest::Approx(300.0));
  CHECK(registration.walk.count == 0);
}

TEST_CASE("rows are sorted by day, hour and service") {
  const auto rows =
      figures_of({issued(monday(10, 0), kTicket, {kRegistration}), issued(monday(9, 0), kOtherTicket, {kRegistration}),
                  issued(monday(9, 5), kThirdTicket, {kPass})});
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].key == FigureKey{domain::test::kMonday, 9, kPass});
  CHECK(rows[1].key == FigureKey{domain::test::kMonday, 9, kRegistration});
  CHECK(rows[2].key == FigureKey{domain::test::kMonday, 10, kRegistration});
}

}  // namespace civiq::statistics
