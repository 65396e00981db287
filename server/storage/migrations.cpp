// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "migrations.hpp"

#include <string>

#include "statement.hpp"
#include "transaction.hpp"

namespace civiq::storage {
namespace {

void check_numbering(std::span<const Migration> migrations) {
  for (std::size_t i = 0; i < migrations.size(); ++i)
    if (migrations[i].version != static_cast<int>(i) + 1)
      throw StorageError("migration '" + std::string{migrations[i].name} + "' has version " +
                         std::to_string(migrations[i].version) + ", expected " + std::to_string(i + 1));
}

void refuse_newer(int current, int head) {
  if (current > head)
    throw StorageError("database schema version " + std::to_string(current) + " is newer than this civiq (" +
                       std::to_string(head) + ")");
}

void apply(Database& db, const Migration& migration) {
  try {
    db.exec(migration.sql);
    // PRAGMA takes no bound parameters; the version is our own integer, not outside input.
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
  } catch (const StorageError& e) {
    throw StorageError("migration " + std::to_string(migration.version) + " (" + std::string{migration.name} +
                           ") failed: " + e.what(),
                       e.sqlite_code());
  }
}

}  // namespace

int head_version() noexcept { return static_cast<int>(embedded_migrations().size()); }

int schema_version(Database& db) {
  Statement statement{db, "PRAGMA user_version"};
  const Execution execution{statement};
  if (!statement.step()) throw StorageError("PRAGMA user_version returned no row on " + db.path());
  return statement.int32(0);
}

void migrate(Database& db) { migrate(db, embedded_migrations(), head_version()); }

void migrate(Database& db, std::span<const Migration> migrations, int target_version) {
  check_numbering(migrations);
  const int head = static_cast<int>(migrations.size());
  if (target_version < 0 || target_version > head)
    throw StorageError("cannot migrate to version " + std::to_string(target_version) + ", head is " +
                       std::to_string(head));
  // Checked before taking the write lock, so the common case (already at head) writes nothing.
  refuse_newer(schema_version(db), head);
  while (schema_version(db) < target_version) {
    Transaction transaction{db};
    // Read again under the write lock: another process may have migrated meanwhile.
    const int current = schema_version(db);
    refuse_newer(current, head);
    if (current >= target_version) return;  // nothing to do; the destructor ends the empty transaction
    apply(db, migrations[static_cast<std::size_t>(current)]);
    transaction.commit();
  }
}

}  // namespace civiq::storage
