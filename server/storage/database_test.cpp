// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "database.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "statement.hpp"
#include "test_database.hpp"

namespace civiq::storage {
namespace {

using test::TempDir;

std::string pragma(Database& db, const char* sql) {
  Statement statement{db, sql};
  const Execution execution{statement};
  REQUIRE(statement.step());
  return statement.text(0);
}

std::int64_t count_rows(Database& db, const char* table_sql) {
  Statement statement{db, table_sql};
  const Execution execution{statement};
  REQUIRE(statement.step());
  return statement.int64(0);
}

TEST_CASE("an in-memory database gets foreign keys, FULL sync and the busy timeout") {
  Database db = Database::open(":memory:");
  CHECK(db.is_open());
  CHECK(pragma(db, "PRAGMA foreign_keys") == "1");
  CHECK(pragma(db, "PRAGMA synchronous") == "2");  // FULL
  CHECK(pragma(db, "PRAGMA busy_timeout") == std::to_string(Database::kBusyTimeout.count()));
  CHECK(pragma(db, "PRAGMA journal_mode") == "memory");
}

TEST_CASE("a file database runs in WAL mode with FULL sync") {
  const TempDir dir;
  Database db = Database::open(dir.file("civiq.db"));
  CHECK(db.path() == dir.file("civiq.db"));
  CHECK(pragma(db, "PRAGMA journal_mode") == "wal");
  CHECK(pragma(db, "PRAGMA synchronous") == "2");
  CHECK(pragma(db, "PRAGMA foreign_keys") == "1");
}

TEST_CASE("opening an impossible path throws StorageError naming the path") {
  const TempDir dir;
  const std::string path = dir.file("missing-dir/civiq.db");
  CHECK_THROWS_WITH_AS(Database::open(path), doctest::Contains(path.c_str()), StorageError);
}

TEST_CASE("bad SQL in exec throws StorageError with SQLite's message and the SQL") {
  Database db = Database::open(":memory:");
  CHECK_THROWS_WITH_AS(db.exec("CREATE TABLEE t (x)"), doctest::Contains("syntax error"), StorageError);
  CHECK_THROWS_WITH_AS(db.exec("CREATE TABLEE t (x)"), doctest::Contains("CREATE TABLEE t (x)"), StorageError);
}

TEST_CASE("a moved Database keeps its statements working and the moved-from one refuses use") {
  Database first = Database::open(":memory:");
  first.exec("CREATE TABLE t (x INTEGER)");
  Statement insert{first, "INSERT INTO t (x) VALUES (:x)"};

  Database second = std::move(first);
  CHECK_FALSE(first.is_open());  // NOLINT(bugprone-use-after-move): testing the moved-from state
  CHECK_THROWS_AS(first.exec("SELECT 1"), StorageError);
  {
    const Execution execution{insert};
    insert.bind(":x", 7);
    insert.run();
  }
  CHECK(count_rows(second, "SELECT count(*) FROM t") == 1);
}

TEST_CASE("online_backup copies a consistent database that opens on its own") {
  for (const char* source_kind : {"memory", "file"}) {
    CAPTURE(source_kind);
    const TempDir dir;
    const std::string source_path = std::string{source_kind} == "memory" ? ":memory:" : dir.file("live.db");
    Database source = Database::open(source_path);
    source.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)");

    source.online_backup(dir.file("backup.db"));
    source.exec("INSERT INTO t VALUES (4)");  // the source stays usable; later writes are not in the copy

    Database copy = Database::open(dir.file("backup.db"));
    CHECK(count_rows(copy, "SELECT count(*) FROM t") == 3);
    CHECK(pragma(copy, "PRAGMA integrity_check") == "ok");
  }
}

TEST_CASE("online_backup refuses to overwrite the database itself") {
  const TempDir dir;
  Database db = Database::open(dir.file("live.db"));
  CHECK_THROWS_WITH_AS(db.online_backup(dir.file("live.db")), doctest::Contains("is the database itself"),
                       StorageError);
}

}  // namespace
}  // namespace civiq::storage
