// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "statement.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>

namespace civiq::storage {
namespace {

Database scratch() {
  Database db = Database::open(":memory:");
  db.exec(
      "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
      "CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, n TEXT UNIQUE, "
      "  c INTEGER CHECK (c > 0), nn TEXT NOT NULL DEFAULT '', p INTEGER REFERENCES parent (id))");
  return db;
}

TEST_CASE("values bound by name come back from the column getters") {
  Database db = scratch();
  Statement insert{db, "INSERT INTO t (i, r, s, n) VALUES (:i, :r, :s, :n)"};
  Statement select{db, "SELECT i, r, s, n, id FROM t WHERE id = :id"};
  const std::int64_t big = std::numeric_limits<std::int64_t>::max();
  {
    const Execution execution{insert};
    insert.bind(":i", big).bind(":r", 2.5).bind(":s", std::string_view{"Müller"}).bind(":n", std::nullopt);
    insert.run();
    CHECK(insert.changes() == 1);
  }
  const std::int64_t id = insert.last_insert_rowid();
  const Execution execution{select};
  select.bind(":id", id);
  REQUIRE(select.step());
  CHECK(select.int64(0) == big);
  CHECK(select.real(1) == doctest::Approx(2.5));
  CHECK(select.text(2) == "Müller");
  CHECK(select.is_null(3));
  CHECK(select.optional_text(3) == std::nullopt);
  CHECK(select.optional_int64(0) == big);
  CHECK_FALSE(select.step());
}

TEST_CASE("optional binds as the value or as NULL; an empty string stays an empty string") {
  Database db = scratch();
  Statement echo{db, "SELECT :a, :b, :c, :d, typeof(:d)"};
  const Execution execution{echo};
  echo.bind(":a", std::optional<std::int64_t>{42})
      .bind(":b", std::optional<std::string>{})
      .bind(":c", std::optional<std::string>{"x"})
      .bind(":d", std::string_view{});
  REQUIRE(echo.step());
  CHECK(echo.optional_int64(0) == 42);
  CHECK(echo.optional_int64(1) == std::nullopt);
  CHECK(echo.optional_text(2) == "x");
  CHECK(echo.text(3).empty());
  CHECK(echo.text(4) == "text");
}

TEST_CASE("getters refuse NULL, a missing column and a value that does not fit") {
  Database db = scratch();
  Statement select{db, "SELECT NULL, 5000000000"};
  const Execution execution{select};
  REQUIRE(select.step());
  CHECK_THROWS_WITH_AS((void)select.text(0), doctest::Contains("is NULL"), StorageError);
  CHECK_THROWS_AS((void)select.int64(0), StorageError);
  CHECK_THROWS_AS((void)select.real(0), StorageError);
  CHECK_THROWS_WITH_AS((void)select.int64(2), doctest::Contains("no column 2"), StorageError);
  CHECK_THROWS_WITH_AS((void)select.int32(1), doctest::Contains("32 bits"), StorageError);
  CHECK(select.int64(1) == 5'000'000'000);
}

TEST_CASE("an unknown parameter name is a bug and says which") {
  Database db = scratch();
  Statement select{db, "SELECT :known"};
  CHECK_THROWS_WITH_AS(select.bind(":unknown", 1), doctest::Contains(":unknown"), StorageError);
}

TEST_CASE("bad SQL throws StorageError with SQLite's message and the SQL") {
  Database db = scratch();
  CHECK_THROWS_WITH_AS(Statement(db, "SELEC 1"), doctest::Contains("syntax error"), StorageError);
  CHECK_THROWS_WITH_AS(Statement(db, "SELECT * FROM nowhere"), doctest::Contains("no such table: nowhere"),
                       StorageError);
  CHECK_THROWS_WITH_AS(Statement(db, "SELECT * FROM nowhere"), doctest::Contains("SELECT * FROM nowhere"),
                       StorageError);
}

TEST_CASE("a Statement takes exactly one SQL statement") {
  Database db = scratch();
  CHECK_THROWS_WITH_AS(Statement(db, "SELECT 1; SELECT 2"), doctest::Contains("exactly one"), StorageError);
  CHECK_THROWS_AS(Statement(db, "  "), StorageError);
  CHECK_NOTHROW(Statement(db, "SELECT 1;\n"));
}

// Checks without a new Execution, whose reset on entry would hide a missing reset on exit.
void check_reset_and_unbound(Statement& echo) {
  REQUIRE(echo.step());  // a statement that was not reset would be done, not at its first row
  CHECK(echo.is_null(0));
  echo.reset();
}

TEST_CASE("Execution resets and clears bindings when the scope ends, also by an exception") {
  Database db = scratch();
  Statement echo{db, "SELECT :x"};
  {
    const Execution execution{echo};
    echo.bind(":x", 1);
    REQUIRE(echo.step());
    CHECK(echo.int64(0) == 1);
    CHECK_FALSE(echo.step());
  }
  check_reset_and_unbound(echo);
  try {
    const Execution execution{echo};
    echo.bind(":x", 2);
    REQUIRE(echo.step());
    throw std::runtime_error("handler failed");
  } catch (const std::runtime_error&) {
  }
  check_reset_and_unbound(echo);
}

TEST_CASE("constraint violations are ConstraintError of the right kind") {
  Database db = scratch();
  db.exec("INSERT INTO parent (id) VALUES (1); INSERT INTO t (id, n) VALUES (1, 'taken')");
  struct Case {
    const char* sql;
    ConstraintKind kind;
    bool duplicate;
  };
  const Case cases[] = {
      {"INSERT INTO t (n) VALUES ('taken')", ConstraintKind::Unique, true},
      {"INSERT INTO t (id) VALUES (1)", ConstraintKind::PrimaryKey, true},
      {"INSERT INTO t (c) VALUES (0)", ConstraintKind::Check, false},
      {"INSERT INTO t (nn) VALUES (NULL)", ConstraintKind::NotNull, false},
      {"INSERT INTO t (p) VALUES (99)", ConstraintKind::ForeignKey, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sql);
    Statement statement{db, c.sql};
    const Execution execution{statement};
    try {
      statement.run();
      FAIL("expected a ConstraintError");
    } catch (const ConstraintError& e) {
      CHECK(e.kind() == c.kind);
      CHECK(e.is_duplicate() == c.duplicate);
      CHECK(std::string{e.what()}.find(c.sql) != std::string::npos);
    }
  }
}

TEST_CASE("a moved-from Statement refuses use instead of crashing") {
  Database db = scratch();
  Statement first{db, "SELECT 1"};
  Statement second = std::move(first);
  CHECK_THROWS_AS((void)first.step(), StorageError);  // NOLINT(bugprone-use-after-move)
  const Execution execution{second};
  CHECK(second.step());
}

}  // namespace
}  // namespace civiq::storage
