// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The figure rows as CSV that German Excel and LibreOffice open correctly by a double click: UTF-8
// with a byte order mark (else Excel reads "Ankünfte" as Windows-1252), ";" between fields (a German
// Excel splits at ";", since "," is its decimal sign), a decimal comma, ISO dates, CRLF line ends
// (RFC 4180), and text quoted when it holds ";", a quote or a line break.
// Thread rule: a free function without state.
#include <string>
#include <string_view>
#include <vector>

#include "protocol/messages.hpp"

namespace civiq::report {

// language "de": German headers, anything else English; the number format stays German.
[[nodiscard]] std::string figures_csv(const std::vector<protocol::FigureRow>& rows, std::string_view language);

}  // namespace civiq::report
