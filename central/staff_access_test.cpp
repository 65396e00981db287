// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_access.hpp"

#include <doctest/doctest.h>

namespace civiq::central {
namespace {

const StaffPrincipal kManager{"anna", StaffRole::Manager, {"loebau", "zittau"}, {}};
const StaffPrincipal kAdmin{"root", StaffRole::Admin, {}, {}};

TEST_CASE("a manager manages the offices of their account, an admin every office") {
  CHECK(may_manage(kManager, "loebau"));
  CHECK(may_manage(kManager, "zittau"));
  CHECK_FALSE(may_manage(kManager, "niesky"));
  CHECK_FALSE(may_manage(kManager, ""));
  CHECK_FALSE(may_manage(kManager, "loebau2"));
  CHECK(may_manage(kAdmin, "niesky"));
  CHECK(may_manage(kAdmin, "anything"));
}

TEST_CASE("a manager reads the refusals of their offices (and those naming none), an admin all") {
  CHECK(refusal_offices(kManager) == std::vector<std::string>{"loebau", "zittau"});
  CHECK_FALSE(refusal_offices(kAdmin).has_value());
}

TEST_CASE("roles have one name each, and nothing else is a role") {
  CHECK(role_name(StaffRole::Manager) == "manager");
  CHECK(role_name(StaffRole::Admin) == "admin");
  CHECK(parse_role("manager") == StaffRole::Manager);
  CHECK(parse_role("admin") == StaffRole::Admin);
  CHECK_FALSE(parse_role("Admin").has_value());
  CHECK_FALSE(parse_role("clerk").has_value());
  CHECK_FALSE(parse_role("").has_value());
}

TEST_CASE("the bearer token of an Authorization header, and nothing from anything else") {
  CHECK(bearer_token("Bearer abc123") == "abc123");
  CHECK(bearer_token("bearer abc123") == "abc123");
  CHECK(bearer_token("BEARER   abc123  ") == "abc123");
  CHECK_FALSE(bearer_token(std::nullopt).has_value());
  CHECK_FALSE(bearer_token("Bearer").has_value());
  CHECK_FALSE(bearer_token("Bearer ").has_value());
  CHECK_FALSE(bearer_token("Bearer    ").has_value());
  CHECK_FALSE(bearer_token("Basic YW5uYTpzZWNyZXQ=").has_value());
  CHECK_FALSE(bearer_token("Bearerabc").has_value());
  CHECK_FALSE(bearer_token("Bearer two words").has_value());
  CHECK_FALSE(bearer_token("Bearer " + std::string(257, 'a')).has_value());
}

TEST_CASE("staff names and office ids are short words without separators") {
  CHECK(valid_staff_name("anna"));
  CHECK(valid_staff_name("anna.muster@lk-goerlitz"));
  CHECK_FALSE(valid_staff_name(""));
  CHECK_FALSE(valid_staff_name("anna muster"));
  CHECK_FALSE(valid_staff_name(std::string(65, 'a')));
  CHECK(valid_office_id("loebau"));
  CHECK(valid_office_id("goerlitz-mitte_2"));
  CHECK_FALSE(valid_office_id("Loebau"));
  CHECK_FALSE(valid_office_id("loebau,zittau"));
  CHECK_FALSE(valid_office_id("\"loebau\""));
  CHECK_FALSE(valid_office_id(""));
}

}  // namespace
}  // namespace civiq::central
