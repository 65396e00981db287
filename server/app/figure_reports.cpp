// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figure_reports.hpp"

#include "replay_event.hpp"
#include "report/figure_rows.hpp"
#include "statistics/visits.hpp"

namespace civiq::app {

FigureReports::FigureReports(const BranchConfig& config, storage::Database& db) : config_(config), events_(db) {}

protocol::FiguresReport FigureReports::report(domain::LocalDate first, domain::LocalDate last,
                                              const std::string& language) {
  const auto from = domain::iso_date(first);
  const auto to = domain::iso_date(last);
  domain::Events events;
  for (const auto& stored : events_.load_days(config_.office_id, from, to)) events.push_back(replay_event(stored));
  const auto figures = statistics::hourly_figures(
      statistics::fold_visits(events), statistics::FiguresConfig{.sla_target_wait = config_.sla_target_wait});
  const auto& catalog = *config_.catalog;
  auto service_name = [&](domain::ServiceId id) {
    // A service since removed from the catalogue keeps its rows, under its number.
    const auto* service = catalog.find_service(id);
    return service ? service->name(language) : "#" + std::to_string(id.value);
  };
  return protocol::FiguresReport{config_.office_id, from, to, config_.sla_target_wait.count(),
                                 report::figure_rows(figures, service_name)};
}

}  // namespace civiq::app
