// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "xlsx_export.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

namespace civiq::report {

// The workbook is read back cell by cell with a real reader (openpyxl) in tests/e2e/test_figures.py;
// here: it is a zip, and the scratch folder is left clean, also when the export fails.
TEST_CASE("the XLSX export is a zip package and leaves no scratch files behind") {
  const auto dir = std::filesystem::temp_directory_path() / ("civiq-xlsx-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  protocol::FigureRow row;
  row.day = "2026-12-08";
  row.service = "Reisepass";
  row.wait_mean_s = 12.5;
  const auto bytes = figures_xlsx({row, row}, "de", dir);
  CHECK(bytes.starts_with("PK\x03\x04"));
  CHECK(bytes.size() > 2000);
  CHECK(std::filesystem::is_empty(dir));

  row.day = "not a day";
  CHECK_THROWS_AS((void)figures_xlsx({row}, "de", dir), std::runtime_error);
  CHECK(std::filesystem::is_empty(dir));
  std::filesystem::remove_all(dir);
}

}  // namespace civiq::report
