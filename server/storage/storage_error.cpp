// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "storage_error.hpp"

#include <sqlite3.h>

namespace civiq::storage {
namespace {

// Migrations are long; the first part of the SQL is enough to find the statement.
constexpr std::size_t kMaxContextChars = 300;

std::string shorten(std::string_view context) {
  if (context.size() <= kMaxContextChars) return std::string{context};
  return std::string{context.substr(0, kMaxContextChars)} + "...";
}

}  // namespace

StorageError::StorageError(const std::string& what, int sqlite_code)
    : std::runtime_error(what), sqlite_code_(sqlite_code) {}

ConstraintError::ConstraintError(const std::string& what, int sqlite_code) : StorageError(what, sqlite_code) {}

ConstraintKind ConstraintError::kind() const noexcept {
  switch (sqlite_code()) {
    case SQLITE_CONSTRAINT_UNIQUE: return ConstraintKind::Unique;
    case SQLITE_CONSTRAINT_PRIMARYKEY:
    case SQLITE_CONSTRAINT_ROWID: return ConstraintKind::PrimaryKey;
    case SQLITE_CONSTRAINT_FOREIGNKEY: return ConstraintKind::ForeignKey;
    case SQLITE_CONSTRAINT_CHECK: return ConstraintKind::Check;
    case SQLITE_CONSTRAINT_NOTNULL: return ConstraintKind::NotNull;
    case SQLITE_CONSTRAINT_TRIGGER: return ConstraintKind::Trigger;
    case SQLITE_CONSTRAINT_DATATYPE: return ConstraintKind::DataType;
    default: return ConstraintKind::Other;
  }
}

bool ConstraintError::is_duplicate() const noexcept {
  const ConstraintKind k = kind();
  return k == ConstraintKind::Unique || k == ConstraintKind::PrimaryKey;
}

void throw_sqlite_error(sqlite3* db, int code, std::string_view context) {
  const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  const std::string what = "sqlite: " + std::string{detail} + " (code " + std::to_string(code) + ") in: " +
                           shorten(context);
  if ((code & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(what, code);
  throw StorageError(what, code);
}

}  // namespace civiq::storage
