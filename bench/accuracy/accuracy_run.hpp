// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// run_accuracy(): simulates every standard scenario for `days` days with civiq's calling policy
// (recording every predictor's estimates) and, on the same planned days, with first-come-first-served
// calling (for fairness only), and summarises both. Thread rule: a function of its arguments.
#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "report.hpp"

namespace civiq::bench {

struct AccuracyOptions {
  int days = 40;
  std::chrono::seconds tick{300};
  std::chrono::seconds sla{1200};
  std::string only;        // one scenario by name; empty = all
  bool proposals = false;  // also measure the proposed estimator variants (proposed_estimator.hpp)
  bool readings = false;   // also measure LES-raw, HOL-raw, DAY-rest (predictors.hpp)
};

// Progress goes to `log`.
[[nodiscard]] std::vector<ScenarioReport> run_accuracy(const AccuracyOptions& options, std::ostream& log);

}  // namespace civiq::bench
