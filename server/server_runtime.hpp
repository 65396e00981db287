// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Wires the branch server together: database, office worker, authentication, API and network.
#include <ostream>

#include "app/branch_config.hpp"
#include "app/office_clock.hpp"

namespace civiq {

// Runs until SIGINT/SIGTERM; returns the process exit code. Throws on startup failures.
int run_server(const app::BranchConfig& config, const app::OfficeClock& clock);
int print_routes(std::ostream& out);

}  // namespace civiq
