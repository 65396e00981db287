// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The figures of statistics/figures.hpp as the API's rows (protocol::FigureRow), which the dashboard,
// the CSV and the XLSX all show: means are rounded to a tenth of a second and the SLA share becomes
// a percentage to a tenth here, once, so every view shows the very same number.
// Thread rule: a free function without state.
#include <functional>
#include <string>
#include <vector>

#include "protocol/messages.hpp"
#include "statistics/figures.hpp"

namespace civiq::report {

// service_name: the name of a service in the reader's language (a service no longer in the catalogue
// still has its rows; the caller names it, e.g. by its id).
[[nodiscard]] std::vector<protocol::FigureRow> figure_rows(
    const std::vector<statistics::HourServiceFigures>& figures,
    const std::function<std::string(domain::ServiceId)>& service_name);

}  // namespace civiq::report
