// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "csv_export.hpp"

#include <doctest/doctest.h>

#include "csv_text.hpp"

namespace civiq::report {
namespace {

protocol::FigureRow sample_row() {
  protocol::FigureRow row;
  row.day = "2026-12-08";
  row.hour = 9;
  row.service_id = domain::ServiceId{2};
  row.service = "Anmeldung; Ummeldung \"Wohnsitz\"";
  row.served = 3;
  row.wait_mean_s = 1234.5;
  row.sla_percent = 66.7;
  return row;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2)
    lines.push_back(text.substr(start, end - start));
  CHECK(start == text.size());  // every line ends in CRLF, the last one too
  return lines;
}

}  // namespace

TEST_CASE("the CSV starts with a byte order mark and German headers separated by semicolons") {
  const auto csv = figures_csv({}, "de");
  REQUIRE(csv.starts_with("\xEF\xBB\xBF"));
  const auto lines = lines_of(csv.substr(3));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].starts_with("Tag;Stunde;Dienstleistung Nr.;Dienstleistung;Ankünfte ohne Termin;"));
}

TEST_CASE("a CSV row: ISO day, decimal comma, quoted text, empty cells for missing figures") {
  const auto lines = lines_of(figures_csv({sample_row()}, "en").substr(3));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].starts_with("Day;Hour;Service no.;Service;"));
  CHECK(lines[1].starts_with("2026-12-08;9;2;\"Anmeldung; Ummeldung \"\"Wohnsitz\"\"\";0;0;3;"));
  CHECK(lines[1].find(";1234,5;;;;") != std::string::npos);  // the mean, then no median, p90, max
  CHECK(lines[1].ends_with(";0;66,7"));
}

TEST_CASE("a field is quoted when it holds its separator, a quote or a line break, and reads back") {
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("a;b") == "a;b");
  CHECK(csv_field("a;b", ';') == "\"a;b\"");
  CHECK(csv_field("a,b", ';') == "a,b");
  CHECK(csv_field("say \"hi\"", ';') == "\"say \"\"hi\"\"\"");
  CHECK(parse_csv_line(csv_field("x;\"y\"", ';') + ";z", ';') == std::vector<std::string>{"x;\"y\"", "z"});
}

}  // namespace civiq::report
