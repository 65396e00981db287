// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Errors of the storage layer. Per STYLE §3 they are exceptions because they mean a bug (bad SQL, a
// missing parameter) or a broken environment (cannot open the file, disk full). The one callers are
// expected to catch is ConstraintError: a write broke a UNIQUE, CHECK, FOREIGN KEY or trigger rule, so
// an adapter can turn, say, a duplicate user name or a reused idempotency key into a DomainError value.
// Thread rule: plain exception types, safe to copy and pass between threads.
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;

namespace civiq::storage {

class StorageError : public std::runtime_error {
 public:
  explicit StorageError(const std::string& what, int sqlite_code = 0);
  // SQLite's extended result code, or 0 when the error did not come from SQLite.
  [[nodiscard]] int sqlite_code() const noexcept { return sqlite_code_; }

 private:
  int sqlite_code_;
};

enum class ConstraintKind { Unique, PrimaryKey, ForeignKey, Check, NotNull, Trigger, DataType, Other };

class ConstraintError : public StorageError {
 public:
  ConstraintError(const std::string& what, int sqlite_code);
  [[nodiscard]] ConstraintKind kind() const noexcept;
  // A UNIQUE or PRIMARY KEY conflict: the row (name, token, idempotency key, ...) already exists.
  [[nodiscard]] bool is_duplicate() const noexcept;
};

// Throws ConstraintError for SQLITE_CONSTRAINT codes and StorageError otherwise. The message holds
// sqlite3_errmsg(db) (or sqlite3_errstr(code) when db is null) and `context`: the SQL or the path.
[[noreturn]] void throw_sqlite_error(sqlite3* db, int code, std::string_view context);

}  // namespace civiq::storage
