// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "accuracy_run.hpp"

#include "day_plan.hpp"
#include "simulated_office.hpp"
#include "predictors.hpp"
#include "proposed_estimator.hpp"
#include "scenario.hpp"

namespace civiq::bench {
namespace {

FairnessReport fairness(const FairnessTally& tally, const Scenario& scenario) {
  FairnessReport report;
  report.overall = tally.overall();
  for (const auto& [id, stats] : tally.by_service()) {
    const auto& service = scenario.service_plan(id).service;
    report.services.emplace(service.prefix + " " + service.name("de"), stats);
  }
  for (const auto& [kind, stats] : tally.by_kind()) report.kinds.emplace(kind_name(kind), stats);
  report.appointment_lateness = tally.appointment_lateness();
  return report;
}

// civiq, then (if asked) its proposed variants, then the baselines, then (if asked) their other readings.
Predictors predictors_for(const AccuracyOptions& options) {
  Predictors all = standard_predictors();
  if (options.proposals) {
    std::size_t at = 1;
    for (auto& proposal : standard_proposals())
      all.insert(all.begin() + static_cast<std::ptrdiff_t>(at++), make_proposed_predictor(std::move(proposal)));
  }
  if (options.readings)
    for (auto& predictor : other_readings()) all.push_back(std::move(predictor));
  return all;
}

}  // namespace

std::vector<ScenarioReport> run_accuracy(const AccuracyOptions& options, std::ostream& log) {
  std::vector<ScenarioReport> reports;
  // --scenario also finds the demo's day, which is not part of the standard report.
  std::vector<Scenario> scenarios = standard_scenarios();
  if (!options.only.empty()) {
    const auto one = find_scenario(options.only);
    scenarios = one ? std::vector<Scenario>{*one} : std::vector<Scenario>{};
  }
  for (const Scenario& scenario : scenarios) {
    log << "simulating " << scenario.name << " (" << options.days << " days)\n";
    AccuracyTally accuracy;
    FairnessTally civiq_fairness(options.sla);
    FairnessTally fcfs_fairness(options.sla);
    std::size_t tickets = 0;
    const SimOptions civiq{CallingRule::Civiq, options.tick, [&] { return predictors_for(options); }};
    const SimOptions fcfs{CallingRule::FirstComeFirstServed, options.tick, {}};
    for (int d = 0; d < options.days; ++d) {
      const DayPlan plan = plan_day(scenario, scenario.seed + static_cast<std::uint64_t>(d));
      const DayResult day = simulate_day(scenario, plan, civiq);
      accuracy.add(day);
      civiq_fairness.add(day);
      tickets += day.tickets.size();
      fcfs_fairness.add(simulate_day(scenario, plan, fcfs));
    }
    ScenarioReport report;
    report.name = scenario.name;
    report.title = scenario.title;
    report.description = scenario.description;
    report.days = options.days;
    report.first_seed = scenario.seed;
    report.tickets = tickets;
    for (std::size_t p = 0; p < accuracy.names().size(); ++p) {
      std::map<std::string, ErrorSums> by_service;
      for (const auto& [id, sums] : accuracy.by_service(p)) by_service.emplace(scenario.service_plan(id).service.prefix, sums);
      report.estimators.push_back({accuracy.names()[p], accuracy.at_issue(p), accuracy.all(p),
                                   accuracy.range_at_issue(p), accuracy.range_all(p), accuracy.days_at_issue(p),
                                   accuracy.days_all(p), std::move(by_service)});
    }
    report.civiq = fairness(civiq_fairness, scenario);
    report.fcfs = fairness(fcfs_fairness, scenario);
    reports.push_back(std::move(report));
  }
  return reports;
}

}  // namespace civiq::bench
