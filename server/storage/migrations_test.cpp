// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "migrations.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "statement.hpp"
#include "test_database.hpp"

namespace civiq::storage {
namespace {

using test::DbKind;
using test::TempDir;

// Everything the schema consists of, in a stable order, to compare two databases.
std::vector<std::string> schema_of(Database& db) {
  Statement statement{db,
                      "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"};
  const Execution execution{statement};
  std::vector<std::string> schema;
  while (statement.step()) schema.push_back(statement.text(0));
  return schema;
}

std::string path_for(DbKind kind, const TempDir& dir, const std::string& name) {
  return kind == DbKind::Memory ? std::string{Database::kInMemory} : dir.file(name);
}

TEST_CASE("embedded migrations are numbered 1..head without gaps") {
  const auto migrations = embedded_migrations();
  REQUIRE(!migrations.empty());
  CHECK(head_version() == static_cast<int>(migrations.size()));
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    CAPTURE(i);
    CHECK(migrations[i].version == static_cast<int>(i) + 1);
    CHECK_FALSE(migrations[i].name.empty());
    CHECK_FALSE(migrations[i].sql.empty());
  }
  CHECK(migrations[0].name == "initial");
  CHECK(migrations[0].sql.find("CREATE TABLE ticket_events") != std::string_view::npos);
}

TEST_CASE("a fresh database is migrated to head, and migrating again changes nothing") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    const TempDir dir;
    Database db = Database::open(path_for(kind, dir, "fresh.db"));
    CHECK(schema_version(db) == 0);
    migrate(db);
    CHECK(schema_version(db) == head_version());
    const std::vector<std::string> schema = schema_of(db);
    CHECK_FALSE(schema.empty());

    migrate(db);
    CHECK(schema_version(db) == head_version());
    CHECK(schema_of(db) == schema);
  }
}

TEST_CASE("a database at every past version migrates to the same schema as a fresh one") {
  Database reference = Database::open(":memory:");
  migrate(reference);
  const std::vector<std::string> head_schema = schema_of(reference);

  for (const DbKind kind : test::kAllKinds) {
    for (int version = 0; version < head_version(); ++version) {
      CAPTURE(kind);
      CAPTURE(version);
      const TempDir dir;
      const std::string path = path_for(kind, dir, "old.db");
      Database db = Database::open(path);
      // The fixture: exactly what a civiq that stopped at `version` left behind. Shipped migrations
      // are never edited, so replaying them up to `version` rebuilds that database.
      migrate(db, embedded_migrations(), version);
      REQUIRE(schema_version(db) == version);
      if (kind == DbKind::File) db = Database::open(path);  // as after a restart with the new build

      migrate(db);
      CHECK(schema_version(db) == head_version());
      CHECK(schema_of(db) == head_schema);
    }
  }
}

TEST_CASE("a database from a newer civiq is refused and left untouched") {
  Database db = Database::open(":memory:");
  migrate(db);
  const int newer = head_version() + 1;
  db.exec("PRAGMA user_version = " + std::to_string(newer));
  const std::string expected = "database schema version " + std::to_string(newer) + " is newer than this civiq (" +
                               std::to_string(head_version()) + ")";
  CHECK_THROWS_WITH_AS(migrate(db), expected.c_str(), StorageError);
  CHECK(schema_version(db) == newer);
}

TEST_CASE("a failing migration is rolled back whole and names itself") {
  const std::array<Migration, 2> migrations{{
      {1, "good", "CREATE TABLE a (x INTEGER);"},
      {2, "broken", "CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);"},
  }};
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    const TempDir dir;
    Database db = Database::open(path_for(kind, dir, "broken.db"));
    CHECK_THROWS_WITH_AS(migrate(db, migrations, 2), doctest::Contains("migration 2 (broken) failed"),
                         StorageError);
    CHECK(schema_version(db) == 1);
    const std::vector<std::string> schema = schema_of(db);
    REQUIRE(schema.size() == 1);
    CHECK(schema[0].starts_with("table a:"));
  }
}

TEST_CASE("a migration list with gaps or an impossible target is a bug") {
  Database db = Database::open(":memory:");
  const std::array<Migration, 2> gap{{{1, "one", "SELECT 1;"}, {3, "three", "SELECT 3;"}}};
  CHECK_THROWS_WITH_AS(migrate(db, gap, 1), doctest::Contains("expected 2"), StorageError);
  CHECK_THROWS_AS(migrate(db, embedded_migrations(), head_version() + 1), StorageError);
  CHECK_THROWS_AS(migrate(db, embedded_migrations(), -1), StorageError);
  CHECK(schema_version(db) == 0);
}

}  // namespace
}  // namespace civiq::storage
