// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "user_repository.hpp"

#include <doctest/doctest.h>

#include "test_database.hpp"

namespace civiq::storage {
namespace {

using test::DbKind;
using test::TestDb;

constexpr std::int64_t kNow = 1'795'417'200;

TEST_CASE("users are added and found by name and id") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    UserRepository users{t.db};
    CHECK(users.count() == 0);
    const std::int64_t id = users.add("schmidt", "clerk", "$argon2id$hash", kNow);
    const UserRow expected{.id = id, .name = "schmidt", .role = "clerk", .password_hash = "$argon2id$hash",
                           .disabled = false};
    CHECK(users.find_by_name("schmidt") == expected);
    CHECK(users.find_by_id(id) == expected);
    CHECK(users.find_by_name("meier") == std::nullopt);
    CHECK(users.find_by_id(id + 1) == std::nullopt);
    CHECK(users.count() == 1);
  }
}

TEST_CASE("a taken name is a duplicate, an unknown role a check failure") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    UserRepository users{t.db};
    (void)users.add("schmidt", "clerk", "h", kNow);
    try {
      (void)users.add("schmidt", "admin", "h2", kNow);
      FAIL("duplicate name");
    } catch (const ConstraintError& e) {
      CHECK(e.is_duplicate());
    }
    try {
      (void)users.add("meier", "superuser", "h", kNow);
      FAIL("unknown role");
    } catch (const ConstraintError& e) {
      CHECK(e.kind() == ConstraintKind::Check);
    }
    CHECK(users.count() == 1);
  }
}

TEST_CASE("password hash and disabled flag change; unknown ids report false") {
  TestDb t{DbKind::Memory};
  UserRepository users{t.db};
  const std::int64_t id = users.add("schmidt", "manager", "old", kNow);
  CHECK(users.set_password_hash(id, "new"));
  CHECK(users.set_disabled(id, true));
  std::optional<UserRow> user = users.find_by_id(id);
  REQUIRE(user);
  CHECK(user->password_hash == "new");
  CHECK(user->disabled);
  CHECK(users.set_disabled(id, false));
  CHECK_FALSE(users.find_by_id(id)->disabled);
  CHECK_FALSE(users.set_password_hash(id + 1, "x"));
  CHECK_FALSE(users.set_disabled(id + 1, true));
}

}  // namespace
}  // namespace civiq::storage
