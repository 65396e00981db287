// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The figure rows as an Excel workbook (XLSX, written by libxlsxwriter): one sheet, the header row
// bold and frozen with a filter, days as real dates, counts and seconds as numbers, so a manager can
// sort, filter and sum without converting text first.
// Thread rule: a free function without state; calls on several threads need distinct scratch files,
// which it makes itself.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/messages.hpp"

namespace civiq::report {

// The workbook's bytes. libxlsxwriter writes to files only: it works in `scratch_dir` (which must
// exist and be writable) and removes what it made there. Throws std::runtime_error when it fails.
[[nodiscard]] std::string figures_xlsx(const std::vector<protocol::FigureRow>& rows, std::string_view language,
                                       const std::filesystem::path& scratch_dir);

}  // namespace civiq::report
