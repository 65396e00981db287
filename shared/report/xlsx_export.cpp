// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "xlsx_export.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "domain/local_time_text.hpp"
#include "domain/overloaded.hpp"
#include "figure_table.hpp"

namespace civiq::report {
namespace {

// A file name of our own in scratch_dir (mkstemp: unique even with reports made side by side),
// removed again when the export is done, also when it failed.
class ScratchFile {
 public:
  explicit ScratchFile(const std::filesystem::path& dir) {
    std::string pattern = (dir / "civiq-figures-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("xlsx: cannot make a scratch file in " + dir.string());
    ::close(fd);
    path_ = pattern;
  }
  ~ScratchFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

lxw_datetime excel_date(const std::string& iso_day) {
  const auto day = domain::parse_local_date(iso_day);
  if (!day) throw std::runtime_error("xlsx: not a day: " + iso_day);
  return lxw_datetime{static_cast<int>(day->year()),
                      static_cast<int>(static_cast<unsigned>(day->month())),
                      static_cast<int>(static_cast<unsigned>(day->day())),
                      0,
                      0,
                      0.0};
}

double column_width(const Column& column) {
  switch (column.kind) {
    case CellKind::Date:
      return 11;
    case CellKind::Text:
      return 28;
    default:
      return std::max(8.0, static_cast<double>(column.header.size()) * 0.9);
  }
}

void write_sheet(lxw_workbook* book, const std::vector<protocol::FigureRow>& rows, std::string_view language) {
  const auto columns = figure_columns(language);
  lxw_worksheet* sheet = workbook_add_worksheet(book, language == "de" ? "Kennzahlen" : "Figures");
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  format_set_text_wrap(bold);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "yyyy-mm-dd");
  lxw_format* tenth = workbook_add_format(book);
  format_set_num_format(tenth, "0.0");

  for (lxw_col_t c = 0; c < columns.size(); ++c) {
    worksheet_set_column(sheet, c, c, column_width(columns[c]), nullptr);
    worksheet_write_string(sheet, 0, c, std::string(columns[c].header).c_str(), bold);
  }
  lxw_row_t r = 1;
  for (const auto& row : rows) {
    const auto cells = figure_cells(row);
    for (lxw_col_t c = 0; c < cells.size(); ++c) {
      std::visit(domain::Overloaded{
                     [](std::monostate) {},  // an empty cell, as in the CSV
                     [&](std::int64_t v) { worksheet_write_number(sheet, r, c, static_cast<double>(v), nullptr); },
                     [&](double v) { worksheet_write_number(sheet, r, c, v, tenth); },
                     [&](const std::string& v) {
                       if (columns[c].kind == CellKind::Date) {
                         auto when = excel_date(v);
                         worksheet_write_datetime(sheet, r, c, &when, date);
                       } else {
                         worksheet_write_string(sheet, r, c, v.c_str(), nullptr);
                       }
                     },
                 },
                 cells[c]);
    }
    ++r;
  }
  worksheet_freeze_panes(sheet, 1, 0);
  worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows.size()), static_cast<lxw_col_t>(columns.size() - 1));
}

}  // namespace

std::string figures_xlsx(const std::vector<protocol::FigureRow>& rows, std::string_view language,
                         const std::filesystem::path& scratch_dir) {
  const ScratchFile file(scratch_dir);
  std::string tmpdir = scratch_dir.string();
  // Rows are written in order, so libxlsxwriter may stream them out instead of keeping a year in memory.
  lxw_workbook_options options{.constant_memory = LXW_TRUE, .tmpdir = tmpdir.data(), .use_zip64 = LXW_FALSE};
  lxw_workbook* book = workbook_new_opt(file.path().c_str(), &options);
  if (!book) throw std::runtime_error("xlsx: cannot start a workbook in " + scratch_dir.string());
  try {
    write_sheet(book, rows, language);
  } catch (...) {
    workbook_close(book);
    throw;
  }
  if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
    throw std::runtime_error(std::string("xlsx: ") + lxw_strerror(error));
  std::ifstream in(file.path(), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace civiq::report
