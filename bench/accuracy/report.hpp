// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The accuracy report: what civiq_estimate_accuracy measured per scenario, and its three renderings
// (a plain-text table, JSON for bench/results, an SVG bar chart for the docs). Thread rule: value types.
#include <chrono>
#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "day_statistics.hpp"

namespace civiq::bench {

struct EstimatorRow {
  std::string name;
  ErrorStats at_issue;
  ErrorStats all;
  RangeStats range_at_issue;  // n = 0: this estimator gives no range
  RangeStats range_all;
  std::vector<DayErrorSum> days_at_issue;  // per simulated day, for intervals
  std::vector<DayErrorSum> days_all;
  std::map<std::string, ErrorSums> all_by_service;  // service prefix -> all updates
};

struct FairnessReport {
  WaitStats overall;
  std::map<std::string, WaitStats> services;  // "A Personalausweis / Reisepass" -> waits
  std::map<std::string, WaitStats> kinds;     // "walk-in", "priority", "appointment"
  WaitStats appointment_lateness;             // called after the booked slot
};

struct ScenarioReport {
  std::string name;
  std::string title;
  std::string description;
  int days = 0;
  std::uint64_t first_seed = 0;
  std::size_t tickets = 0;
  std::vector<EstimatorRow> estimators;
  FairnessReport civiq;
  FairnessReport fcfs;
};

struct RunInfo {
  int days = 0;
  std::chrono::seconds tick{300};
  std::chrono::seconds sla{1200};
};

// The acceptance target of the issue, for one estimator (normally "civiq") and one view.
struct TargetCheck {
  double mae_s = 0;
  std::string best_baseline;  // lowest MAE among QL, QL-obs, LES, HOL
  double best_baseline_mae_s = 0;
  double day_average_mae_s = 0;
  std::string day_average;  // the reading of DAY with the lower MAE
  bool beats_best_baseline = false;  // strictly lower MAE
  bool within_half_of_day = false;   // MAE <= DAY's MAE / 2
  RatioInterval vs_best_baseline;    // MAE / best baseline's MAE, 95 % interval over days
  RatioInterval vs_day_average;      // MAE / DAY's MAE (target: <= 0.5)
  [[nodiscard]] bool met() const { return beats_best_baseline && within_half_of_day; }
};

[[nodiscard]] TargetCheck check_target(const ScenarioReport& report, const std::string& estimator, bool at_issue);
[[nodiscard]] bool is_baseline(const std::string& estimator);

void print_report(std::ostream& out, const RunInfo& info, const std::vector<ScenarioReport>& reports);
void write_json(std::ostream& out, const RunInfo& info, const std::vector<ScenarioReport>& reports);
// Grouped bars: MAE per scenario and estimator, one panel at issue, one over all updates.
void write_svg(std::ostream& out, const RunInfo& info, const std::vector<ScenarioReport>& reports);

}  // namespace civiq::bench
