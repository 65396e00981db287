// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The second plot of the accuracy report: for one estimator that gives ranges (normally "civiq"),
// per scenario, at issue and over all updates, its bias (target: within ±1 min), the share of actual
// waits inside its range (target: at least 80 %) and the range's mean width. Thread rule: a function.
#include <ostream>
#include <string>
#include <vector>

#include "report.hpp"

namespace civiq::bench {

void write_range_svg(std::ostream& out, const RunInfo& info, const std::vector<ScenarioReport>& reports,
                     const std::string& estimator = "civiq");

}  // namespace civiq::bench
