// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figures.hpp"

#include <map>

namespace civiq::statistics {

namespace {

constexpr std::int64_t kSecondsPerHour = 3600;

// One row while it is being counted: durations are collected and summarised at the end.
struct Tally {
  HourServiceFigures row;
  std::vector<std::int64_t> waits;
  std::vector<std::int64_t> walks;
  std::vector<std::int64_t> services;
  int served_with_wait = 0;  // the SLA's denominator
};

FigureKey arrival_key(const Visit& visit, ServiceId service) {
  const auto local = domain::to_berlin(visit.issued_at);
  return FigureKey{local.date, static_cast<int>(local.time_of_day.count() / kSecondsPerHour), service};
}

Tally& tally_for(std::map<FigureKey, Tally>& tallies, const FigureKey& key) {
  auto [it, inserted] = tallies.try_emplace(key);
  if (inserted) it->second.row.key = key;
  return it->second;
}

void count_outcome(HourServiceFigures& row, SegmentOutcome outcome, VisitKind kind) {
  switch (outcome) {
    case SegmentOutcome::Open:
      break;
    case SegmentOutcome::Served:
      ++row.served;
      break;
    case SegmentOutcome::NotServed:
      ++row.not_served;
      break;
    case SegmentOutcome::NoShow:
      ++(kind == VisitKind::Appointment ? row.no_shows_appointment : row.no_shows_walk_in);
      break;
    case SegmentOutcome::CancelledByCitizen:
      ++row.cancelled_by_citizen;
      break;
    case SegmentOutcome::CancelledEndOfDay:
      ++row.cancelled_end_of_day;
      break;
    case SegmentOutcome::TransferredAway:
      ++row.transfers_out;
      break;
  }
}

void count_segment(Tally& tally, const ServiceSegment& segment, VisitKind kind, Seconds sla_target) {
  auto& row = tally.row;
  count_outcome(row, segment.outcome, kind);
  if (segment.start == SegmentStart::TransferredIn) ++row.transfers_in;
  row.postponements += segment.postponements;
  row.parkings += segment.parkings;
  row.parked += segment.parked;
  if (segment.wait) tally.waits.push_back(segment.wait->count());
  if (segment.walk) tally.walks.push_back(segment.walk->count());
  if (segment.served) tally.services.push_back(segment.served->count());
  if (segment.outcome == SegmentOutcome::Served && segment.wait) {
    ++tally.served_with_wait;
    if (*segment.wait <= sla_target) ++row.served_within_target;
  }
}

}  // namespace

std::vector<HourServiceFigures> hourly_figures(const std::vector<Visit>& visits, const FiguresConfig& config) {
  std::map<FigureKey, Tally> tallies;
  for (const auto& visit : visits) {
    for (const auto service : visit.requested) {
      auto& row = tally_for(tallies, arrival_key(visit, service)).row;
      ++(visit.kind == VisitKind::Appointment ? row.arrivals_appointment : row.arrivals_walk_in);
    }
    for (const auto& segment : visit.segments)
      count_segment(tally_for(tallies, arrival_key(visit, segment.service)), segment, visit.kind,
                    config.sla_target_wait);
  }
  std::vector<HourServiceFigures> rows;
  rows.reserve(tallies.size());
  for (auto& [key, tally] : tallies) {
    tally.row.wait = summarize(std::move(tally.waits));
    tally.row.walk = summarize(std::move(tally.walks));
    tally.row.service = summarize(std::move(tally.services));
    if (tally.served_with_wait > 0)
      tally.row.sla_share = static_cast<double>(tally.row.served_within_target) / tally.served_with_wait;
    rows.push_back(std::move(tally.row));
  }
  return rows;
}

}  // namespace civiq::statistics
