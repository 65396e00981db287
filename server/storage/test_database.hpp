// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Test support for civiq_storage_tests: every repository test runs against both kinds of database,
// a private ":memory:" one and a file in a fresh temporary directory (WAL, real fsyncs).
// Thread rule: one test, one thread.
#include <stdlib.h>  // mkdtemp

#include <array>
#include <filesystem>
#include <ostream>
#include <stdexcept>
#include <string>
#include <system_error>

#include "database.hpp"
#include "migrations.hpp"

namespace civiq::storage::test {

enum class DbKind { Memory, File };
inline constexpr std::array kAllKinds{DbKind::Memory, DbKind::File};

inline std::ostream& operator<<(std::ostream& out, DbKind kind) {
  return out << (kind == DbKind::Memory ? "memory" : "file");
}

// A directory under the system temp dir, removed with everything in it (db, -wal, -shm) at scope end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "civiq-storage-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed for " + pattern);
    path_ = pattern;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ec;  // best effort; never throw from a destructor
    std::filesystem::remove_all(path_, ec);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// A database of the given kind, migrated to head. The directory outlives the connection (member order).
struct TestDb {
  explicit TestDb(DbKind kind) : path(kind == DbKind::Memory ? std::string{Database::kInMemory} : dir.file("civiq.db")),
                                 db(Database::open(path)) {
    migrate(db);
  }
  // Closes and reopens the same file (for durability checks; meaningless for :memory:).
  void reopen() {
    db = Database::open(path);
    migrate(db);
  }

  TempDir dir;
  std::string path;
  Database db;
};

}  // namespace civiq::storage::test
