// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The figures of statistics/figures.hpp as the API's rows (protocol::FigureRow), which the dashboard,
// the CSV and the XLSX all show: means are rounded to a tenth of a second and the SLA share becomes
// a percentage to a tenth here, once, so every view shows the very same number.
// Thread rule: a free function without state.
#include <vector>

#include "protocol/messages.hpp"
#include "statistics/figures.hpp"

namespace civiq::report {

// `service` is left empty: the name depends on the reader's language, and the rows of a closed day
// are stored once for all readers (app::FigureReports names them).
[[nodiscard]] std::vector<protocol::FigureRow> figure_rows(const std::vector<statistics::HourServiceFigures>& figures);

}  // namespace civiq::report
