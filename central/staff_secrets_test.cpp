// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_secrets.hpp"

#include <doctest/doctest.h>

#include <set>

namespace civiq::central {
namespace {

TEST_CASE("a staff password is kept as a salted argon2id hash that verifies it and nothing else") {
  const auto hash = hash_password("correct horse battery");
  CHECK(hash.starts_with("$argon2id$"));
  CHECK(hash.find("m=65536,t=2") != std::string::npos);  // the interactive limits
  CHECK(hash.find("correct horse") == std::string::npos);
  CHECK(verify_password(hash, "correct horse battery"));
  CHECK_FALSE(verify_password(hash, "correct horse batterY"));
  CHECK_FALSE(verify_password(hash, ""));
  CHECK(hash_password("correct horse battery") != hash);  // salted
  CHECK_FALSE(verify_password("", "x"));
  CHECK_FALSE(verify_password("$argon2id$garbage", "x"));
  CHECK_FALSE(verify_password(std::string(1000, 'a'), "x"));
}

TEST_CASE("staff tokens are 256 random bits in hex, all different") {
  std::set<std::string> tokens;
  for (int i = 0; i < 1000; ++i) {
    const auto token = random_staff_token();
    REQUIRE(token.size() == 64);
    CHECK(token.find_first_not_of("0123456789abcdef") == std::string::npos);
    tokens.insert(token);
  }
  CHECK(tokens.size() == 1000);
}

TEST_CASE("a password has at least ten characters on one line") {
  CHECK(password_problem("0123456789").empty());
  CHECK(password_problem("äöüäöüäöüß").empty());  // characters, not bytes
  CHECK_FALSE(password_problem("012345678").empty());
  CHECK_FALSE(password_problem("äöüäöüäöü").empty());  // 18 bytes, 9 characters
  CHECK_FALSE(password_problem("").empty());
  CHECK_FALSE(password_problem("0123456789\nx").empty());
}

}  // namespace
}  // namespace civiq::central
