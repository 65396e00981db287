// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "visits.hpp"

#include <doctest/doctest.h>

#include "statistics_test_events.hpp"

namespace civiq::statistics {

using namespace test;
using domain::CancelReason;
using domain::ServiceOutcome;

namespace {
// The one visit a test's events describe.
Visit only_visit(const domain::Events& events) {
  const auto visits = fold_visits(events);
  REQUIRE(visits.size() == 1);
  return visits.front();
}
}  // namespace

TEST_CASE("a walk-in served: wait to the call, walk to the start, the served time of the event") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 12), kTicket),
                                 started(monday(9, 13), kTicket), finished(monday(9, 20), kTicket, kPass, 420)});
  CHECK(visit.kind == VisitKind::WalkIn);
  CHECK(visit.issued_at == monday(9, 0));
  REQUIRE(visit.segments.size() == 1);
  const auto& s = visit.segments[0];
  CHECK(s.service == kPass);
  CHECK(s.start == SegmentStart::Issued);
  CHECK(secs(s.wait) == 12 * 60);
  CHECK(secs(s.walk) == 60);
  CHECK(secs(s.served) == 420);
  CHECK(s.outcome == SegmentOutcome::Served);
}

TEST_CASE("a recall does not restart the wait; the walk runs from the call, recalls included") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 10), kTicket),
                                 recalled(monday(9, 11), kTicket), started(monday(9, 12), kTicket),
                                 finished(monday(9, 20), kTicket, kPass, 480)});
  const auto& s = visit.segments.at(0);
  CHECK(secs(s.wait) == 10 * 60);
  CHECK(secs(s.walk) == 2 * 60);
  CHECK(s.recalls == 1);
}

TEST_CASE("a transfer: the served time stays with the first service, the second wait starts at the transfer") {
  const auto visit =
      only_visit({issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 5), kTicket), started(monday(9, 6), kTicket),
                  transferred(monday(9, 10), kTicket, kPass, kRegistration, 240), called(monday(9, 30), kTicket),
                  started(monday(9, 31), kTicket), finished(monday(9, 40), kTicket, kRegistration, 540)});
  REQUIRE(visit.segments.size() == 2);
  const auto& first = visit.segments[0];
  CHECK(first.service == kPass);
  CHECK(first.outcome == SegmentOutcome::TransferredAway);
  CHECK(secs(first.served) == 240);
  const auto& second = visit.segments[1];
  CHECK(second.service == kRegistration);
  CHECK(second.start == SegmentStart::TransferredIn);
  CHECK(second.waiting_since == monday(9, 10));
  CHECK(secs(second.wait) == 20 * 60);
  CHECK(secs(second.served) == 540);
  CHECK(second.outcome == SegmentOutcome::Served);
}

TEST_CASE("a version 1 transfer without served_s leaves the served time unknown, not 0") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 5), kTicket),
                                 transferred(monday(9, 10), kTicket, kPass, kRegistration, std::nullopt)});
  CHECK(secs(visit.segments.at(0).served) == kNone);
  CHECK(visit.segments.at(1).outcome == SegmentOutcome::Open);
}

TEST_CASE("a no-show that is never reactivated ends the segment as a no-show") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 10), kTicket),
                                 recalled(monday(9, 11), kTicket), no_show(monday(9, 12), kTicket)});
  const auto& s = visit.segments.at(0);
  CHECK(s.outcome == SegmentOutcome::NoShow);
  CHECK(s.no_shows == 1);
  CHECK(secs(s.wait) == 10 * 60);
  CHECK(secs(s.walk) == kNone);
}

TEST_CASE("a reactivated no-show later served counts as served; its wait still ends at the first call") {
  const auto visit =
      only_visit({issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 10), kTicket),
                  no_show(monday(9, 12), kTicket), reactivated(monday(9, 20), kTicket), called(monday(9, 40), kTicket),
                  started(monday(9, 41), kTicket), finished(monday(9, 50), kTicket, kPass, 540)});
  const auto& s = visit.segments.at(0);
  CHECK(s.outcome == SegmentOutcome::Served);
  CHECK(s.no_shows == 1);
  CHECK(s.reactivations == 1);
  CHECK(secs(s.wait) == 10 * 60);
  CHECK(secs(s.walk) == 60);  // from the call after the reactivation, not from 9:10
}

TEST_CASE("a reactivated no-show still waiting when the log ends is open again, not a no-show") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass}), called(monday(9, 10), kTicket),
                                 no_show(monday(9, 12), kTicket), reactivated(monday(9, 20), kTicket)});
  const auto& s = visit.segments.at(0);
  CHECK(s.outcome == SegmentOutcome::Open);
  CHECK_FALSE(s.ended_at.has_value());
}

TEST_CASE("an appointment is recognised by its code") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass}, "K7QX-2M")});
  CHECK(visit.kind == VisitKind::Appointment);
  CHECK(visit.appointment_time == monday(9, 0));
}

TEST_CASE("a citizen who cancels while waiting has no wait, only the cancellation") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass}), postponed(monday(9, 5), kTicket),
                                 cancelled(monday(9, 30), kTicket, CancelReason::Citizen)});
  const auto& s = visit.segments.at(0);
  CHECK(s.outcome == SegmentOutcome::CancelledByCitizen);
  CHECK(s.ended_at == monday(9, 30));
  CHECK(secs(s.wait) == kNone);
  CHECK(s.postponements == 1);
}

TEST_CASE("a parked ticket cancelled at the end of the day: parked until the cancellation") {
  const auto visit = only_visit({issued(monday(10, 0), kTicket, {kPass}), called(monday(10, 10), kTicket),
                                 started(monday(10, 11), kTicket), parked(monday(11, 0), kTicket),
                                 cancelled(monday(12, 0), kTicket, CancelReason::EndOfDay)});
  const auto& s = visit.segments.at(0);
  CHECK(s.outcome == SegmentOutcome::CancelledEndOfDay);
  CHECK(s.parkings == 1);
  CHECK(secs(s.parked) == 60 * 60);
}

TEST_CASE("a parked ticket called back: parked until the call, the wait and walk unchanged") {
  const auto visit =
      only_visit({issued(monday(10, 0), kTicket, {kPass}), called(monday(10, 10), kTicket),
                  started(monday(10, 11), kTicket), parked(monday(10, 20), kTicket), called(monday(10, 35), kTicket),
                  started(monday(10, 37), kTicket), finished(monday(10, 40), kTicket, kPass, 180)});
  const auto& s = visit.segments.at(0);
  CHECK(secs(s.parked) == 15 * 60);
  CHECK(secs(s.wait) == 10 * 60);
  CHECK(secs(s.walk) == 60);
  CHECK(s.outcome == SegmentOutcome::Served);
}

TEST_CASE("a parking counts once: later calls and the end of the visit do not add to it") {
  const auto visit = only_visit(
      {issued(monday(10, 0), kTicket, {kPass}), called(monday(10, 10), kTicket), parked(monday(10, 20), kTicket),
       called(monday(10, 35), kTicket), no_show(monday(10, 38), kTicket), reactivated(monday(10, 40), kTicket),
       called(monday(10, 50), kTicket), cancelled(monday(10, 52), kTicket, CancelReason::Citizen)});
  CHECK(secs(visit.segments.at(0).parked) == 15 * 60);
}

TEST_CASE("two services at one counter: the second starts at once, without wait or walk") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass, kRegistration}), called(monday(9, 5), kTicket),
                                 started(monday(9, 6), kTicket),
                                 finished(monday(9, 12), kTicket, kPass, 360, ServiceOutcome::Served, true),
                                 finished(monday(9, 16), kTicket, kRegistration, 240, ServiceOutcome::NotServed)});
  REQUIRE(visit.segments.size() == 2);
  CHECK(secs(visit.segments[0].served) == 360);
  const auto& second = visit.segments[1];
  CHECK(second.service == kRegistration);
  CHECK(second.start == SegmentStart::StayedAtCounter);
  CHECK(secs(second.wait) == 0);
  CHECK(secs(second.walk) == kNone);
  CHECK(secs(second.served) == 240);
  CHECK(second.outcome == SegmentOutcome::NotServed);
}

TEST_CASE("a next service at another counter: waiting again from the end of the first") {
  const auto visit = only_visit({issued(monday(9, 0), kTicket, {kPass, kRegistration}), called(monday(9, 5), kTicket),
                                 finished(monday(9, 12), kTicket, kPass, 420), called(monday(9, 20), kTicket)});
  REQUIRE(visit.segments.size() == 2);
  CHECK(secs(visit.segments[0].walk) == kNone);  // finished straight from the call: no start, no walk
  const auto& second = visit.segments[1];
  CHECK(second.start == SegmentStart::NextService);
  CHECK(second.waiting_since == monday(9, 12));
  CHECK(secs(second.wait) == 8 * 60);
  CHECK(second.outcome == SegmentOutcome::Open);
}

TEST_CASE("visits keep the order of issue; events before a ticket's issue and counter events are skipped") {
  const auto visits =
      fold_visits({called(monday(8, 55), kOtherTicket), issued(monday(9, 0), kTicket, {kPass}),
                   event(monday(9, 1), domain::CounterOpened{kCounter1, "clerk"}),
                   issued(monday(9, 2), kOtherTicket, {kRegistration}), called(monday(9, 3), kOtherTicket)});
  REQUIRE(visits.size() == 2);
  CHECK(visits[0].ticket == kTicket);
  CHECK(visits[1].ticket == kOtherTicket);
  CHECK(visits[1].segments.at(0).first_called_at == monday(9, 3));
}

}  // namespace civiq::statistics
