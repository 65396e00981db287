// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Database: owns one SQLite connection (sqlite3*). Invariant: an open Database always runs with
// foreign_keys=ON, synchronous=FULL (a ticket is on disk before the kiosk gets its answer), a
// busy timeout of kBusyTimeout, and journal_mode=WAL for files (":memory:" has no journal to share).
// Thread rule: a Database and every Statement/repository made from it are used from one thread at a
// time; the server keeps one Database per thread (or per strand) instead of sharing one.
// Statements and repositories must not outlive their Database. Moving a Database keeps them valid
// (they hold the connection, not the wrapper); a moved-from Database is closed and throws on use.
#include <chrono>
#include <string>
#include <string_view>

#include "storage_error.hpp"

struct sqlite3;

namespace civiq::storage {

class Database {
 public:
  static constexpr std::chrono::milliseconds kBusyTimeout{5000};
  static constexpr std::string_view kInMemory = ":memory:";

  // Opens (creating if needed) the database at `path`, or a private in-memory one for ":memory:".
  // Throws StorageError naming the path when the file cannot be opened or configured.
  [[nodiscard]] static Database open(const std::string& path);

  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  ~Database();

  // Runs one or more SQL statements without parameters and ignores their rows. For DDL, PRAGMAs and
  // transaction control only: anything carrying a value goes through a Statement with bound parameters.
  void exec(std::string_view sql);

  // Copies the whole database, consistently, to `destination_path` (overwriting it) while this
  // connection stays usable. In WAL mode other connections may keep writing meanwhile.
  void online_backup(const std::string& destination_path);

  [[nodiscard]] bool is_open() const noexcept { return handle_ != nullptr; }
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  // The raw connection, for Statement. Throws StorageError on a closed (moved-from) Database.
  [[nodiscard]] sqlite3* handle() const;

 private:
  Database(sqlite3* handle, std::string path) noexcept;
  void configure();

  sqlite3* handle_ = nullptr;
  std::string path_;
};

}  // namespace civiq::storage
