// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Versioned schema. Migration N is migrations/NNNN_name.sql, embedded into the binary at build time;
// PRAGMA user_version records the last one applied. Invariants: versions run 1..head without gaps,
// each migration is applied in its own transaction together with its user_version bump (all or
// nothing), a shipped migration is never edited, and a database newer than this build is refused
// rather than touched. A .sql file must not contain BEGIN/COMMIT (the runner owns the transaction);
// since PRAGMA foreign_keys cannot change inside a transaction, a table rebuild uses
// PRAGMA defer_foreign_keys = ON instead. Thread rule: run at startup, before other use of the Database.
#include <span>
#include <string_view>

#include "database.hpp"

namespace civiq::storage {

struct Migration {
  int version = 0;        // the NNNN of the file name
  std::string_view name;  // the rest of the file name, e.g. "initial"
  std::string_view sql;   // the file's contents
};

// The migrations built into this binary, in version order (defined in the generated .cpp).
[[nodiscard]] std::span<const Migration> embedded_migrations() noexcept;
// The schema version this build writes: the number of the last embedded migration.
[[nodiscard]] int head_version() noexcept;
// The version recorded in the database (0 for a new file).
[[nodiscard]] int schema_version(Database& db);

// Brings the database to head_version(). A no-op when it is there already. Throws StorageError
// ("database schema version N is newer than this civiq (M)") for a database written by a newer
// build, and StorageError naming the migration if one fails (that migration is rolled back whole).
void migrate(Database& db);
// The same with an explicit list and target, to build fixture databases at past versions in tests.
// Never migrates down: a database already at or past `target_version` (but not past the list) is left alone.
void migrate(Database& db, std::span<const Migration> migrations, int target_version);

}  // namespace civiq::storage
