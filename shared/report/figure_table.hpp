// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The figure rows as a table for files: one column per field of protocol::FigureRow, in its order,
// with a header in German or English and the kind of value, so that the CSV and the XLSX cannot
// disagree with each other or with the API about which numbers there are.
// Thread rule: free functions without state.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "protocol/messages.hpp"

namespace civiq::report {

enum class CellKind { Date, Integer, Decimal, Text };

// Empty (monostate): no value, e.g. the mean wait of an hour in which nobody waited.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string>;

struct Column {
  std::string_view key;  // the FigureRow field, e.g. "wait_median_s"
  CellKind kind;
  std::string_view header;  // for people, in the asked language
};

// language "de" gives German headers, anything else English.
[[nodiscard]] std::vector<Column> figure_columns(std::string_view language);
// The row's cells in the order of figure_columns.
[[nodiscard]] std::vector<Cell> figure_cells(const protocol::FigureRow& row);

}  // namespace civiq::report
