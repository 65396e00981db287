// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figure_reports.hpp"

#include "event_records.hpp"
#include "protocol/json_codec.hpp"
#include "report/figure_rows.hpp"
#include "statistics/visits.hpp"
#include "storage/transaction.hpp"

namespace civiq::app {

FigureReports::FigureReports(const BranchConfig& config, storage::Database& db)
    : config_(config), db_(db), events_(db), days_(db) {}

// One day's rows, without the services' names (they depend on the reader's language). Visits never
// span days, so counting day by day gives the rows a range would give.
std::vector<protocol::FigureRow> FigureReports::count_day(const std::string& day) {
  domain::Events events;
  for (const auto& stored : events_.load_day(config_.office_id, day)) events.push_back(replay_event(stored));
  const auto figures = statistics::hourly_figures(
      statistics::fold_visits(events), statistics::FiguresConfig{.sla_target_wait = config_.sla_target_wait});
  return report::figure_rows(figures);
}

protocol::FiguresReport FigureReports::report(domain::LocalDate first, domain::LocalDate last,
                                              const std::string& language, domain::LocalDate today) {
  const storage::DayFiguresKey key{config_.office_id, config_.sla_target_wait.count(), kFiguresVersion};
  const auto stored = days_.load(key, domain::iso_date(first), domain::iso_date(last));
  // Yesterday is counted afresh too: a command the office worker began just before midnight may
  // still be storing yesterday's last event while a report begins just after it.
  const auto settled_before = std::chrono::sys_days{today} - std::chrono::days{1};
  std::vector<protocol::FigureRow> rows;
  std::vector<std::pair<std::string, std::string>> newly_closed;  // day, rows as JSON: to store
  for (auto day = std::chrono::sys_days{first}; day <= std::chrono::sys_days{last}; day += std::chrono::days{1}) {
    const auto iso = domain::iso_date(domain::LocalDate{day});
    std::optional<std::vector<protocol::FigureRow>> of_day;
    // Stored rows this version cannot read are counted again (and stored anew), never an error.
    if (const auto found = stored.find(iso); found != stored.end())
      of_day = protocol::from_json<std::vector<protocol::FigureRow>>(found->second).value;
    if (!of_day) {
      of_day = count_day(iso);
      if (day < settled_before) newly_closed.emplace_back(iso, protocol::to_json(*of_day));
    }
    rows.insert(rows.end(), std::make_move_iterator(of_day->begin()), std::make_move_iterator(of_day->end()));
  }
  if (!newly_closed.empty()) {
    storage::Transaction transaction(db_);  // one commit (one fsync) for all the days counted here
    for (const auto& [day, json] : newly_closed) days_.save(key, day, json);
    transaction.commit();
  }
  const auto& catalog = *config_.catalog;
  for (auto& row : rows) {
    // A service since removed from the catalogue keeps its rows, under its number.
    const auto* service = catalog.find_service(row.service_id);
    row.service = service ? service->name(language) : "#" + std::to_string(row.service_id.value);
  }
  return protocol::FiguresReport{config_.office_id, domain::iso_date(first), domain::iso_date(last),
                                 config_.sla_target_wait.count(), std::move(rows)};
}

}  // namespace civiq::app
