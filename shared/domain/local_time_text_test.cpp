// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "local_time_text.hpp"

#include <doctest/doctest.h>

namespace civiq::domain {

using namespace std::chrono;

TEST_CASE("dates are read strictly") {
  CHECK(parse_local_date("2026-12-08") == LocalDate{year{2026}, December, day{8}});
  CHECK(parse_local_date("2028-02-29").has_value());
  for (const char* bad : {"2027-02-29", "2026-13-01", "2026-1-08", "26-12-08", "2026-12-08 ", "", "+026-12-08",
                          "2026-12-0x"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_local_date(bad).has_value());
  }
}

TEST_CASE("times of day are read strictly and written as HH:MM") {
  CHECK(parse_time_of_day("09:15") == hours{9} + minutes{15});
  CHECK(parse_time_of_day("24:00") == hours{24});
  for (const char* bad : {"24:01", "9:15", "09:60", "09-15", "", "0915", "-1:00"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_time_of_day(bad).has_value());
  }
  CHECK(format_time_of_day(hours{9} + minutes{5}) == "09:05");
  CHECK(format_time_of_day(hours{13}) == "13:00");
}

}  // namespace civiq::domain
