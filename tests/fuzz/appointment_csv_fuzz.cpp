// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Edge: the appointment CSV of `civiq-admin import-appointments`, read by read_appointment_csv
// (server/admin/appointment_csv.cpp) exactly as the command reads the file, plus the CSV layer under
// it (server/admin/csv.cpp). A bad file ends in an AdminError, never another exception. Every line's
// fields, written back with csv_field (as `export-events` writes) and read again, are the same
// fields: what civiq writes, civiq reads. Every imported slot can be written as JSON and read back.
#include <sstream>
#include <string>
#include <vector>

#include "admin/admin_support.hpp"
#include "admin/appointment_csv.hpp"
#include "report/csv_text.hpp"
#include "fuzz_check.hpp"
#include "protocol/json_codec.hpp"

namespace {

using namespace civiq::admin;
using namespace civiq::report;

void check_round_trip(std::string_view line) {
  const auto fields = parse_csv_line(line);
  CIVIQ_FUZZ_CHECK(!fields.empty());
  std::string written;
  for (std::size_t i = 0; i < fields.size(); ++i) written += (i ? "," : "") + csv_field(fields[i]);
  CIVIQ_FUZZ_CHECK(parse_csv_line(written) == fields);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(civiq::fuzz::as_text(data, size));
  try {
    std::istringstream in(text);
    const auto appointments = read_appointment_csv(in, "fuzz.csv");
    for (const auto& appointment : appointments) {
      CIVIQ_FUZZ_CHECK(!appointment.code.empty());
      CIVIQ_FUZZ_CHECK(!appointment.services.empty());
      // The slot goes out again as JSON (appointment list, check-in event): it must read back.
      CIVIQ_FUZZ_CHECK(civiq::protocol::parse_time(civiq::protocol::format_time(appointment.time)) == appointment.time);
    }
  } catch (const AdminError& error) {
    CIVIQ_FUZZ_CHECK(error.what()[0] != '\0');
  }
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) check_round_trip(line);
  return 0;
}
