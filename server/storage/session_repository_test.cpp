// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "session_repository.hpp"

#include <doctest/doctest.h>

#include "statement.hpp"
#include "test_database.hpp"
#include "user_repository.hpp"

namespace civiq::storage {
namespace {

using test::DbKind;
using test::TestDb;

constexpr std::int64_t kNow = 1'795'417'200;
constexpr std::int64_t kHour = 3600;

TEST_CASE("a session is found until it expires") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    UserRepository users{t.db};
    SessionRepository sessions{t.db};
    const std::int64_t user = users.add("schmidt", "clerk", "h", kNow);
    sessions.create("hash-1", user, kNow, kNow + 8 * kHour);

    const SessionRow expected{.user_id = user, .expires_at = kNow + 8 * kHour};
    CHECK(sessions.find("hash-1", kNow) == expected);
    CHECK(sessions.find("hash-1", kNow + 8 * kHour - 1) == expected);
    CHECK(sessions.find("hash-1", kNow + 8 * kHour) == std::nullopt);  // expires_at itself is expired
    CHECK(sessions.find("hash-2", kNow) == std::nullopt);
  }
}

TEST_CASE("remove, remove_all_for_user and purge_expired delete what they say") {
  TestDb t{DbKind::Memory};
  UserRepository users{t.db};
  SessionRepository sessions{t.db};
  const std::int64_t schmidt = users.add("schmidt", "clerk", "h", kNow);
  const std::int64_t meier = users.add("meier", "clerk", "h", kNow);
  sessions.create("short", schmidt, kNow, kNow + kHour);
  sessions.create("long", schmidt, kNow, kNow + 8 * kHour);
  sessions.create("meier-1", meier, kNow, kNow + kHour);
  sessions.create("meier-2", meier, kNow, kNow + 8 * kHour);

  CHECK(sessions.purge_expired(kNow + kHour) == 2);
  CHECK(sessions.find("long", kNow) != std::nullopt);
  CHECK(sessions.remove("long"));
  CHECK_FALSE(sessions.remove("long"));
  CHECK(sessions.remove_all_for_user(meier) == 1);
  CHECK(sessions.find("meier-2", kNow) == std::nullopt);
}

TEST_CASE("a session needs an existing user and a fresh hash, and goes with its user") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    UserRepository users{t.db};
    SessionRepository sessions{t.db};
    try {
      sessions.create("hash-1", 42, kNow, kNow + kHour);
      FAIL("unknown user");
    } catch (const ConstraintError& e) {
      CHECK(e.kind() == ConstraintKind::ForeignKey);
    }
    const std::int64_t user = users.add("schmidt", "clerk", "h", kNow);
    sessions.create("hash-1", user, kNow, kNow + kHour);
    try {
      sessions.create("hash-1", user, kNow, kNow + kHour);
      FAIL("hash in use");
    } catch (const ConstraintError& e) {
      CHECK(e.is_duplicate());
    }
    // Users are normally disabled, not deleted; if an admin does delete one, the sessions go too.
    Statement remove_user{t.db, "DELETE FROM users WHERE id = :id"};
    const Execution execution{remove_user};
    remove_user.bind(":id", user).run();
    CHECK(sessions.find("hash-1", kNow) == std::nullopt);
  }
}

}  // namespace
}  // namespace civiq::storage
