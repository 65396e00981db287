// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The office manager's figures per Berlin day, hour of arrival and service, counted from visits
// (visit.hpp). docs/statistics.md is the data dictionary; each field below names its definition.
// Every visit counts in the hour its ticket was issued (Berlin local time), with all its segments:
// the row of 9 h describes the citizens who came between 9:00 and 9:59, even if served at 11.
// Invariant: rows are sorted by key and a row exists only if some visit contributed to it.
// Thread rule: free functions without state.
#include <chrono>
#include <compare>
#include <optional>
#include <vector>

#include "domain/berlin_time.hpp"
#include "duration_summary.hpp"
#include "visit.hpp"

namespace civiq::statistics {

struct FiguresConfig {
  // The service level target: a served citizen should have waited at most this long. Each office
  // sets its own; 20 minutes is the figure managers quoted in issue #17.
  Seconds sla_target_wait{std::chrono::minutes{20}};
};

struct FigureKey {
  domain::LocalDate day;  // Berlin date of TicketIssued
  int hour = 0;           // Berlin hour of TicketIssued, 0..23
  ServiceId service;
  friend auto operator<=>(const FigureKey&, const FigureKey&) = default;
};

struct HourServiceFigures {
  FigureKey key;
  // Visits that asked for this service at issue (TicketIssued.services); a visit for two services
  // counts once for each, so the sum over services may exceed the tickets issued.
  int arrivals_walk_in = 0;
  int arrivals_appointment = 0;
  // Segments of this service by outcome (SegmentOutcome): the last event about a segment decides.
  int served = 0;
  int not_served = 0;
  int no_shows_walk_in = 0;
  int no_shows_appointment = 0;
  int cancelled_by_citizen = 0;
  int cancelled_end_of_day = 0;
  int transfers_out = 0;    // segments of this service that ended with a transfer
  int transfers_in = 0;     // segments of this service that a transfer began
  int postponements = 0;    // TicketPostponed events while waiting for this service
  int parkings = 0;         // TicketParked events while at this service
  Seconds parked{0};        // total parked time (ServiceSegment::parked)
  DurationSummary wait;     // ServiceSegment::wait of every segment that has one
  DurationSummary walk;     // ServiceSegment::walk of every segment that has one
  DurationSummary service;  // ServiceSegment::served: Served, NotServed and transferred-away segments
  // SLA: served segments whose wait was at most FiguresConfig::sla_target_wait, and their share of
  // all served segments (nullopt when nobody was served).
  int served_within_target = 0;
  std::optional<double> sla_share;
};

[[nodiscard]] std::vector<HourServiceFigures> hourly_figures(const std::vector<Visit>& visits,
                                                             const FiguresConfig& config = {});

}  // namespace civiq::statistics
