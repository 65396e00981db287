// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "statement.hpp"

#include <sqlite3.h>

#include <cctype>
#include <limits>
#include <utility>

namespace civiq::storage {
namespace {

bool only_whitespace(const char* begin, const char* end) {
  for (const char* p = begin; p != end; ++p)
    if (std::isspace(static_cast<unsigned char>(*p)) == 0 && *p != ';') return false;
  return true;
}

}  // namespace

Statement::Statement(Database& db, std::string_view sql) : sql_(sql) {
  sqlite3* connection = db.handle();
  if (sql_.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw StorageError("SQL too long: " + sql_.substr(0, 100));
  const char* tail = nullptr;
  // PERSISTENT: these statements live as long as their repository, i.e. as long as the server.
  const int rc = sqlite3_prepare_v3(connection, sql_.data(), static_cast<int>(sql_.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt_, &tail);
  if (rc != SQLITE_OK) throw_sqlite_error(connection, rc, sql_);
  if (stmt_ == nullptr) throw StorageError("no SQL statement in: " + sql_);
  if (!only_whitespace(tail, sql_.data() + sql_.size())) {
    sqlite3_finalize(std::exchange(stmt_, nullptr));
    throw StorageError("a Statement takes exactly one SQL statement: " + sql_);
  }
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), sql_(std::move(other.sql_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    sql_ = std::move(other.sql_);
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

sqlite3_stmt* Statement::live() const {
  if (stmt_ == nullptr) throw StorageError("use of a moved-from Statement");
  return stmt_;
}

int Statement::parameter_index(const char* name) const {
  const int index = sqlite3_bind_parameter_index(live(), name);
  if (index == 0) throw StorageError("no parameter " + std::string{name} + " in: " + sql_);
  return index;
}

void Statement::check_bind(int rc, const char* name) const {
  if (rc != SQLITE_OK) throw_sqlite_error(sqlite3_db_handle(stmt_), rc, "bind " + std::string{name} + " in: " + sql_);
}

Statement& Statement::bind(const char* name, std::int64_t value) {
  check_bind(sqlite3_bind_int64(stmt_, parameter_index(name), value), name);
  return *this;
}

Statement& Statement::bind(const char* name, int value) {
  check_bind(sqlite3_bind_int(stmt_, parameter_index(name), value), name);
  return *this;
}

Statement& Statement::bind(const char* name, double value) {
  check_bind(sqlite3_bind_double(stmt_, parameter_index(name), value), name);
  return *this;
}

Statement& Statement::bind(const char* name, std::string_view value) {
  // An empty string_view may have a null data(), which SQLite would store as NULL, not as ''.
  const char* data = value.data() != nullptr ? value.data() : "";
  check_bind(sqlite3_bind_text64(stmt_, parameter_index(name), data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
             name);
  return *this;
}

Statement& Statement::bind(const char* name, std::nullopt_t) {
  check_bind(sqlite3_bind_null(stmt_, parameter_index(name)), name);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(live());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw_sqlite_error(sqlite3_db_handle(stmt_), rc, sql_);
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::check_column(int column) const {
  if (column < 0 || column >= sqlite3_column_count(live()))
    throw StorageError("no column " + std::to_string(column) + " in: " + sql_);
}

void Statement::check_not_null(int column) const {
  if (is_null(column)) throw StorageError("column " + std::to_string(column) + " is NULL in: " + sql_);
}

bool Statement::is_null(int column) const {
  check_column(column);
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
  check_not_null(column);
  return sqlite3_column_int64(stmt_, column);
}

std::int32_t Statement::int32(int column) const {
  const std::int64_t value = int64(column);
  if (value < std::numeric_limits<std::int32_t>::min() || value > std::numeric_limits<std::int32_t>::max())
    throw StorageError("column " + std::to_string(column) + " does not fit 32 bits in: " + sql_);
  return static_cast<std::int32_t>(value);
}

double Statement::real(int column) const {
  check_not_null(column);
  return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const {
  check_not_null(column);
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  const int size = sqlite3_column_bytes(stmt_, column);  // after column_text, as SQLite asks
  if (data == nullptr) throw StorageError("out of memory reading column " + std::to_string(column));
  return std::string(data, static_cast<std::size_t>(size));
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
  if (is_null(column)) return std::nullopt;
  return sqlite3_column_int64(stmt_, column);
}

std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::int64_t Statement::changes() const { return sqlite3_changes64(sqlite3_db_handle(live())); }

std::int64_t Statement::last_insert_rowid() const { return sqlite3_last_insert_rowid(sqlite3_db_handle(live())); }

void Statement::reset() noexcept {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

}  // namespace civiq::storage
