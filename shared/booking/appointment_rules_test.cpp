// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "appointment_rules.hpp"

#include <doctest/doctest.h>

#include <string>

namespace civiq::booking {
namespace {

TEST_CASE("a booking code names its office and eight upper-case hex digits") {
  CHECK(booking_code_prefix("loebau") == "LOE-");
  CHECK(is_booking_code_of("LOE-3F9A0C2B", "loebau"));
  CHECK(is_booking_code_of("GOE-00000000", "goerlitz"));
  CHECK_FALSE(is_booking_code_of("GOE-3F9A0C2B", "loebau"));   // another office's
  CHECK_FALSE(is_booking_code_of("LOE-3f9a0c2b", "loebau"));   // lower case is not minted
  CHECK_FALSE(is_booking_code_of("LOE-3F9A0C2", "loebau"));    // one digit short
  CHECK_FALSE(is_booking_code_of("LOE-3F9A0C2B1", "loebau"));  // one too many
  CHECK_FALSE(is_booking_code_of("LOE-3F9A0C2G", "loebau"));   // not hex
  CHECK_FALSE(is_booking_code_of("", "loebau"));
}

TEST_CASE("a citizen's name is not blank and at most 100 characters, counted as people count them") {
  CHECK(citizen_name_problem("Eva Muster").empty());
  CHECK(citizen_name_problem(std::string(50, 'a') + std::string(50, 'x')).empty());
  std::string umlauts;
  for (int i = 0; i < 100; ++i) umlauts += "ü";  // 200 bytes, 100 characters
  CHECK(citizen_name_problem(umlauts).empty());
  CHECK(citizen_name_problem(umlauts + "e") == "a name of more than 100 characters");
  CHECK(citizen_name_problem(" \t") == "no name");
  CHECK(citizen_name_problem("") == "no name");
}

}  // namespace
}  // namespace civiq::booking
