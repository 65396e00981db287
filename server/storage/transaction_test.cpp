// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "transaction.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

#include "statement.hpp"
#include "test_database.hpp"

namespace civiq::storage {
namespace {

using test::DbKind;
using test::TempDir;

std::int64_t count(Database& db) {
  Statement statement{db, "SELECT count(*) FROM t"};
  const Execution execution{statement};
  REQUIRE(statement.step());
  return statement.int64(0);
}

void insert(Database& db, int x) {
  Statement statement{db, "INSERT INTO t (x) VALUES (:x)"};
  const Execution execution{statement};
  statement.bind(":x", x).run();
}

struct Scratch {
  explicit Scratch(DbKind kind) : db(Database::open(kind == DbKind::Memory ? ":memory:" : dir.file("t.db"))) {
    db.exec("CREATE TABLE t (x INTEGER)");
  }
  TempDir dir;
  Database db;
};

TEST_CASE("a committed transaction keeps its writes") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    Scratch s{kind};
    {
      Transaction transaction{s.db};
      insert(s.db, 1);
      insert(s.db, 2);
      transaction.commit();
    }
    CHECK(count(s.db) == 2);
  }
}

TEST_CASE("leaving the scope without commit rolls back") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    Scratch s{kind};
    {
      Transaction transaction{s.db};
      insert(s.db, 1);
    }
    CHECK(count(s.db) == 0);
    try {
      Transaction transaction{s.db};
      insert(s.db, 1);
      throw std::runtime_error("handler failed halfway");
    } catch (const std::runtime_error&) {
    }
    CHECK(count(s.db) == 0);
    // The connection is usable again: no transaction was left open.
    Transaction again{s.db};
    insert(s.db, 3);
    again.commit();
    CHECK(count(s.db) == 1);
  }
}

TEST_CASE("transactions do not nest and commit only once") {
  Scratch s{DbKind::Memory};
  Transaction outer{s.db};
  CHECK_THROWS_WITH_AS(Transaction{s.db}, doctest::Contains("within a transaction"), StorageError);
  outer.commit();
  CHECK_THROWS_AS(outer.commit(), StorageError);
}

TEST_CASE("another connection sees committed writes only") {
  const TempDir dir;
  Database writer = Database::open(dir.file("t.db"));
  writer.exec("CREATE TABLE t (x INTEGER)");
  Database reader = Database::open(dir.file("t.db"));
  {
    Transaction transaction{writer};
    insert(writer, 1);
    CHECK(count(reader) == 0);  // WAL: the reader is not blocked and sees the last commit
    transaction.commit();
  }
  CHECK(count(reader) == 1);
}

}  // namespace
}  // namespace civiq::storage
