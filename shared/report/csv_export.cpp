// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "csv_export.hpp"

#include <algorithm>
#include <cstdio>

#include "domain/overloaded.hpp"
#include "csv_text.hpp"
#include "figure_table.hpp"

namespace civiq::report {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";
constexpr char kSeparator = ';';

// One decimal place with a comma: 123.45 -> "123,5" (the rows already hold tenths).
std::string decimal_comma(double value) {
  char buffer[32];
  const int n = std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string text(buffer, static_cast<std::size_t>(std::max(n, 0)));
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string field(const Cell& cell) {
  return std::visit(domain::Overloaded{
                        [](std::monostate) { return std::string(); },
                        [](std::int64_t v) { return std::to_string(v); },
                        [](double v) { return decimal_comma(v); },
                        [](const std::string& v) { return csv_field(v, kSeparator); },
                    },
                    cell);
}

}  // namespace

std::string figures_csv(const std::vector<protocol::FigureRow>& rows, std::string_view language) {
  std::string out(kByteOrderMark);
  const auto columns = figure_columns(language);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) out += kSeparator;
    out += csv_field(columns[i].header, kSeparator);
  }
  out += kLineEnd;
  for (const auto& row : rows) {
    const auto cells = figure_cells(row);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out += kSeparator;
      out += field(cells[i]);
    }
    out += kLineEnd;
  }
  return out;
}

}  // namespace civiq::report
