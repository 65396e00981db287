// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Statement: one prepared SQL statement (owns its sqlite3_stmt). Repositories prepare each statement
// once, in their constructor, and reuse it. Parameters are bound by name (":office_id"), never spliced
// into the SQL text. Invariant: between uses the statement is reset with no bindings, so a value from
// one call can never leak into the next; an Execution guard does that on scope exit, exceptions included:
//
//   const Execution execution{find_};
//   find_.bind(":token", token);
//   if (!find_.step()) return std::nullopt;
//   return find_.text(0);
//
// Thread rule: that of its Database (one thread at a time). Must not outlive the Database.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "database.hpp"
#include "storage_error.hpp"

struct sqlite3_stmt;

namespace civiq::storage {

class Statement {
 public:
  // Prepares exactly one SQL statement. Throws StorageError (message has the SQL) if it does not compile.
  Statement(Database& db, std::string_view sql);
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  ~Statement();

  // Bind by parameter name, including its prefix (":name"). An unknown name is a bug: StorageError.
  // Text is copied, so the argument may die before step(). There is deliberately no overload for
  // size_t or bool: convert explicitly so the stored type is obvious.
  Statement& bind(const char* name, std::int64_t value);
  Statement& bind(const char* name, int value);
  Statement& bind(const char* name, double value);
  Statement& bind(const char* name, std::string_view value);
  Statement& bind(const char* name, std::nullopt_t);
  template <class T>
  Statement& bind(const char* name, const std::optional<T>& value) {
    return value ? bind(name, *value) : bind(name, std::nullopt);
  }

  // Runs to the next row: true when a row is available, false when done. Throws ConstraintError when a
  // constraint or trigger rejects the write, StorageError for anything else.
  [[nodiscard]] bool step();
  // Steps to the end, discarding rows: for INSERT/UPDATE/DELETE.
  void run();

  // Column getters for the current row (0-based). NULL is an error for the non-optional ones.
  [[nodiscard]] std::int64_t int64(int column) const;
  [[nodiscard]] std::int32_t int32(int column) const;  // throws if the value does not fit
  [[nodiscard]] double real(int column) const;
  [[nodiscard]] std::string text(int column) const;
  [[nodiscard]] std::optional<std::int64_t> optional_int64(int column) const;
  [[nodiscard]] std::optional<std::string> optional_text(int column) const;
  [[nodiscard]] bool is_null(int column) const;

  // Rows changed by the last run() and the rowid of the last INSERT on this connection.
  [[nodiscard]] std::int64_t changes() const;
  [[nodiscard]] std::int64_t last_insert_rowid() const;
  [[nodiscard]] const std::string& sql() const noexcept { return sql_; }

  // Back to the start, all parameters NULL. Never throws (an earlier step error was already thrown).
  void reset() noexcept;

 private:
  sqlite3_stmt* live() const;  // throws on a moved-from Statement
  int parameter_index(const char* name) const;
  void check_bind(int rc, const char* name) const;
  void check_column(int column) const;  // throws on a bad index
  void check_not_null(int column) const;

  sqlite3_stmt* stmt_ = nullptr;
  std::string sql_;
};

// Resets a Statement when the scope ends (also when it ends by an exception). It resets on entry too,
// so a statement left dirty by code without a guard cannot pass old bindings on.
class Execution {
 public:
  explicit Execution(Statement& statement) noexcept : statement_(statement) { statement_.reset(); }
  Execution(const Execution&) = delete;
  Execution& operator=(const Execution&) = delete;
  ~Execution() { statement_.reset(); }

 private:
  Statement& statement_;
};

}  // namespace civiq::storage
