// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Minimal RFC 4180 CSV: fields separated by commas (or, for German spreadsheets, semicolons),
// optionally in double quotes ("" is a quote). Enough for appointment imports, event exports and the
// statistics; a field read by parse_csv_line may not contain a line break.
// Thread rule: free functions without state.
#include <string>
#include <string_view>
#include <vector>

namespace civiq::report {

[[nodiscard]] std::vector<std::string> parse_csv_line(std::string_view line, char separator = ',');
// The value as one field: quoted when it holds the separator, a quote or a line break.
[[nodiscard]] std::string csv_field(std::string_view value, char separator = ',');

}  // namespace civiq::report
