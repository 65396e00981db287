// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The appointment CSV of `civiq-admin import-appointments`: a header line "code,time,service_ids,name",
// then one appointment per line. Times are ISO 8601 with a zone, or a wall-clock time in Berlin
// ("2026-11-23T09:30" or with a space instead of the T); service ids are numbers separated by ';' or
// ' '. Blank lines are skipped. Pure: no database, no clock, so it can be tested and fuzzed alone.
// Thread rule: stateless.
#include <istream>
#include <string>
#include <vector>

#include "domain/appointment.hpp"

namespace civiq::admin {

// Every appointment of the file, or AdminError naming the first bad line ("line 3: ..."; the header's
// error names `source`). All or nothing: nothing is returned when one line is bad.
[[nodiscard]] std::vector<domain::Appointment> read_appointment_csv(std::istream& in, const std::string& source);

}  // namespace civiq::admin
