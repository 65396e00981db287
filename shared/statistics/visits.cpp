// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "visits.hpp"

#include <unordered_map>
#include <variant>

#include "domain/overloaded.hpp"

namespace civiq::statistics {

namespace {

using namespace domain;

// What the fold needs besides the visit itself: the moments that open a duration not yet closed,
// and the plan of services as transfers change it (OfficeQueue::apply replaces the current one).
struct OpenVisit {
  std::size_t index = 0;  // into the result, which keeps the order of issue
  std::vector<ServiceId> plan;
  std::size_t current = 0;  // index into plan
  std::optional<TimePoint> last_called_at;
  std::optional<TimePoint> parked_since;
};

class VisitFolder {
 public:
  std::vector<Visit> take() { return std::move(visits_); }

  void on(const Event& e) {
    std::visit(
        Overloaded{
            [&](const TicketIssued& issued) { issue(e.at, issued); },
            [&](const TicketCalled& called) { with(called.ticket, [&](auto& o, auto& s) { call(e.at, o, s); }); },
            [&](const TicketRecalled& recalled) { with(recalled.ticket, [](auto&, auto& s) { ++s.recalls; }); },
            [&](const ServiceStarted& started) {
              with(started.ticket, [&](auto& o, auto& s) {
                if (!s.walk && o.last_called_at) s.walk = e.at - *o.last_called_at;
              });
            },
            [&](const ServiceFinished& finished) {
              with(finished.ticket, [&](auto& o, auto& s) { finish(e.at, finished, o, s); });
            },
            [&](const TicketNoShow& no_show) {
              with(no_show.ticket, [&](auto&, auto& s) {
                ++s.no_shows;
                end(s, SegmentOutcome::NoShow, e.at);
              });
            },
            [&](const TicketParked& parked) {
              with(parked.ticket, [&](auto& o, auto& s) {
                ++s.parkings;
                o.parked_since = e.at;
              });
            },
            [&](const TicketTransferred& transferred) {
              with(transferred.ticket, [&](auto& o, auto& s) { transfer(e.at, transferred, o, s); });
            },
            [&](const TicketReactivated& reactivated) {
              with(reactivated.ticket, [&](auto& o, auto& s) {
                ++s.reactivations;
                unpark(e.at, o, s);
                // Back in the queue: the no-show was not the end of this service.
                s.outcome = SegmentOutcome::Open;
                s.ended_at.reset();
              });
            },
            [&](const TicketCancelled& cancelled) {
              with(cancelled.ticket, [&](auto& o, auto& s) {
                unpark(e.at, o, s);
                end(s,
                    cancelled.reason == CancelReason::Citizen ? SegmentOutcome::CancelledByCitizen
                                                              : SegmentOutcome::CancelledEndOfDay,
                    e.at);
              });
            },
            [&](const TicketPostponed& postponed) {
              with(postponed.ticket, [](auto&, auto& s) { ++s.postponements; });
            },
            // Counter events belong to no visit. Named one by one rather than caught by `auto`, so that a
            // new event type fails to compile here until the statistics define what it means.
            [](const CounterOpened&) {},
            [](const CounterClosed&) {},
            [](const CounterAlarmRaised&) {},
            [](const CounterAlarmAcknowledged&) {},
            [](const CounterBreakStarted&) {},
            [](const CounterBreakEnded&) {},
        },
        e.body);
  }

 private:
  // Runs f on the ticket's open state and its current segment; skips tickets issued before the log.
  template <class F>
  void with(TicketId ticket, F&& f) {
    const auto it = open_.find(ticket);
    if (it == open_.end()) return;
    f(it->second, visits_[it->second.index].segments.back());
  }

  void issue(TimePoint at, const TicketIssued& issued) {
    Visit visit;
    visit.ticket = issued.ticket;
    visit.issued_at = at;
    visit.kind = issued.appointment_code ? VisitKind::Appointment : VisitKind::WalkIn;
    visit.priority = issued.priority;
    visit.appointment_time = issued.appointment_time;
    visit.requested = issued.services;
    if (issued.services.empty()) return;  // the domain never issues one; nothing to wait for
    visit.segments.push_back(begin_segment(issued.services.front(), SegmentStart::Issued, at));
    open_[issued.ticket] = OpenVisit{visits_.size(), issued.services, 0, {}, {}};
    visits_.push_back(std::move(visit));
  }

  static ServiceSegment begin_segment(ServiceId service, SegmentStart start, TimePoint at) {
    ServiceSegment segment;
    segment.service = service;
    segment.start = start;
    segment.waiting_since = at;
    if (start == SegmentStart::StayedAtCounter) segment.wait = Seconds{0};
    return segment;
  }

  static void end(ServiceSegment& s, SegmentOutcome outcome, TimePoint at) {
    s.outcome = outcome;
    s.ended_at = at;
  }

  static void unpark(TimePoint at, OpenVisit& o, ServiceSegment& s) {
    if (!o.parked_since) return;
    s.parked += at - *o.parked_since;
    o.parked_since.reset();
  }

  static void call(TimePoint at, OpenVisit& o, ServiceSegment& s) {
    unpark(at, o, s);
    o.last_called_at = at;
    if (!s.first_called_at) {
      s.first_called_at = at;
      s.wait = at - s.waiting_since;
    }
  }

  void finish(TimePoint at, const ServiceFinished& finished, OpenVisit& o, ServiceSegment& s) {
    s.served = Seconds{finished.served_s};
    end(s, finished.outcome == ServiceOutcome::Served ? SegmentOutcome::Served : SegmentOutcome::NotServed, at);
    o.last_called_at.reset();
    if (o.current + 1 >= o.plan.size()) return;  // the visit is done
    ++o.current;
    const auto start = finished.stays_at_counter ? SegmentStart::StayedAtCounter : SegmentStart::NextService;
    visits_[o.index].segments.push_back(begin_segment(o.plan[o.current], start, at));
  }

  void transfer(TimePoint at, const TicketTransferred& transferred, OpenVisit& o, ServiceSegment& s) {
    if (transferred.served_s) s.served = Seconds{*transferred.served_s};
    unpark(at, o, s);
    end(s, SegmentOutcome::TransferredAway, at);
    o.last_called_at.reset();
    o.plan[o.current] = transferred.to_service;
    visits_[o.index].segments.push_back(begin_segment(transferred.to_service, SegmentStart::TransferredIn, at));
  }

  std::vector<Visit> visits_;
  std::unordered_map<TicketId, OpenVisit> open_;
};

}  // namespace

std::vector<Visit> fold_visits(const domain::Events& events) {
  VisitFolder folder;
  for (const auto& e : events) folder.on(e);
  return folder.take();
}

}  // namespace civiq::statistics
