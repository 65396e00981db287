// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "database.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <utility>

#include "statement.hpp"

namespace civiq::storage {
namespace {

constexpr int kOpenFlags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE;

// close_v2 (not close): if a Statement is still alive the connection becomes a zombie and is freed
// when the last statement is finalized, instead of failing with SQLITE_BUSY in a destructor.
struct ConnectionCloser {
  void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
using ConnectionPtr = std::unique_ptr<sqlite3, ConnectionCloser>;

bool is_in_memory(const std::string& path) { return path == Database::kInMemory || path.empty(); }

std::string query_text(Database& db, std::string_view sql) {
  Statement statement{db, sql};
  const Execution execution{statement};
  return statement.step() ? statement.text(0) : std::string{};
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return a == b || std::filesystem::equivalent(a, b, ec);
}

}  // namespace

Database::Database(sqlite3* handle, std::string path) noexcept : handle_(handle), path_(std::move(path)) {}

Database::Database(Database&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(handle_);
    handle_ = std::exchange(other.handle_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Database::~Database() { sqlite3_close_v2(handle_); }

Database Database::open(const std::string& path) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, kOpenFlags, nullptr);
  Database db{raw, path};  // owns the handle SQLite allocates even when opening fails
  if (rc != SQLITE_OK) throw_sqlite_error(raw, rc, "open " + path);
  db.configure();
  return db;
}

void Database::configure() {
  sqlite3_extended_result_codes(handle_, 1);
  sqlite3_busy_timeout(handle_, static_cast<int>(kBusyTimeout.count()));
  exec("PRAGMA foreign_keys = ON");
  exec("PRAGMA synchronous = FULL");
  // A build without foreign key support would silently ignore the pragma and every REFERENCES.
  if (query_text(*this, "PRAGMA foreign_keys") != "1")
    throw StorageError("foreign keys cannot be enabled for " + path_);
  if (is_in_memory(path_)) return;
  // journal_mode answers with the mode it ended up in; some file systems (network shares) refuse WAL,
  // and civiq must not quietly run with a journal that blocks readers during every write.
  const std::string mode = query_text(*this, "PRAGMA journal_mode = WAL");
  if (mode != "wal") throw StorageError("cannot switch " + path_ + " to WAL (journal mode is '" + mode + "')");
}

sqlite3* Database::handle() const {
  if (handle_ == nullptr) throw StorageError("use of a closed Database (" + path_ + ")");
  return handle_;
}

void Database::exec(std::string_view sql) {
  const std::string text{sql};  // sqlite3_exec needs a terminated string
  sqlite3* db = handle();
  const int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) throw_sqlite_error(db, rc, sql);
}

void Database::online_backup(const std::string& destination_path) {
  sqlite3* source = handle();
  if (!is_in_memory(path_) && same_file(path_, destination_path))
    throw StorageError("backup target " + destination_path + " is the database itself");
  const std::string context = "backup " + path_ + " to " + destination_path;
  sqlite3* raw = nullptr;
  const int open_rc = sqlite3_open_v2(destination_path.c_str(), &raw, kOpenFlags, nullptr);
  const ConnectionPtr destination{raw};
  if (open_rc != SQLITE_OK) throw_sqlite_error(raw, open_rc, context);
  sqlite3_busy_timeout(raw, static_cast<int>(kBusyTimeout.count()));

  sqlite3_backup* backup = sqlite3_backup_init(raw, "main", source, "main");
  if (backup == nullptr) throw_sqlite_error(raw, sqlite3_extended_errcode(raw), context);
  // -1 copies every page in one step, i.e. inside one read transaction: a consistent snapshot even
  // while the server keeps writing through another connection.
  const int step_rc = sqlite3_backup_step(backup, -1);
  const int finish_rc = sqlite3_backup_finish(backup);
  if (step_rc != SQLITE_DONE) throw_sqlite_error(raw, step_rc, context);
  if (finish_rc != SQLITE_OK) throw_sqlite_error(raw, finish_rc, context);
}

}  // namespace civiq::storage
