// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figure_rows.hpp"

#include <cmath>

namespace civiq::report {
namespace {

std::optional<double> to_tenth(std::optional<double> value) {
  if (!value) return std::nullopt;
  return std::round(*value * 10.0) / 10.0;
}

struct SummaryFields {
  std::optional<double> mean;
  std::optional<std::int64_t> median;
  std::optional<std::int64_t> p90;
  std::optional<std::int64_t> max;
};

SummaryFields fields_of(const statistics::DurationSummary& summary) {
  return {to_tenth(summary.mean_s), summary.median_s, summary.p90_s, summary.max_s};
}

}  // namespace

std::vector<protocol::FigureRow> figure_rows(const std::vector<statistics::HourServiceFigures>& figures) {
  std::vector<protocol::FigureRow> rows;
  rows.reserve(figures.size());
  for (const auto& f : figures) {
    const auto wait = fields_of(f.wait);
    const auto walk = fields_of(f.walk);
    const auto service = fields_of(f.service);
    rows.push_back(protocol::FigureRow{
        .day = domain::iso_date(f.key.day),
        .hour = f.key.hour,
        .service_id = f.key.service,
        .service = {},
        .arrivals_walk_in = f.arrivals_walk_in,
        .arrivals_appointment = f.arrivals_appointment,
        .served = f.served,
        .not_served = f.not_served,
        .no_shows_walk_in = f.no_shows_walk_in,
        .no_shows_appointment = f.no_shows_appointment,
        .cancelled_by_citizen = f.cancelled_by_citizen,
        .cancelled_end_of_day = f.cancelled_end_of_day,
        .transfers_out = f.transfers_out,
        .transfers_in = f.transfers_in,
        .postponements = f.postponements,
        .parkings = f.parkings,
        .parked_s = f.parked.count(),
        .waits = static_cast<int>(f.wait.count),
        .wait_mean_s = wait.mean,
        .wait_median_s = wait.median,
        .wait_p90_s = wait.p90,
        .wait_max_s = wait.max,
        .walk_mean_s = walk.mean,
        .walk_median_s = walk.median,
        .walk_p90_s = walk.p90,
        .walk_max_s = walk.max,
        .service_mean_s = service.mean,
        .service_median_s = service.median,
        .service_p90_s = service.p90,
        .service_max_s = service.max,
        .served_within_target = f.served_within_target,
        .sla_percent = to_tenth(f.sla_share ? std::optional<double>(*f.sla_share * 100.0) : std::nullopt),
    });
  }
  return rows;
}

}  // namespace civiq::report
