// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Minimal RFC 4180 CSV: fields separated by commas, optionally in double quotes ("" is a quote).
// Enough for appointment imports and event exports; a field may not contain a line break.
#include <string>
#include <string_view>
#include <vector>

namespace civiq::admin {

[[nodiscard]] std::vector<std::string> parse_csv_line(std::string_view line);
[[nodiscard]] std::string csv_field(std::string_view value);

}  // namespace civiq::admin
