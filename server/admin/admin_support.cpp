// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "admin_support.hpp"

#include <iostream>

#include "storage/migrations.hpp"

namespace civiq::admin {

storage::Database open_database(const std::string& path) {
  auto db = storage::Database::open(path);
  storage::migrate(db);
  return db;
}

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string read_password() {
  constexpr std::size_t kMinPasswordLength = 10;
  std::string password;
  std::getline(std::cin, password);
  if (password.size() < kMinPasswordLength)
    throw AdminError("the password (read from stdin) needs at least 10 characters");
  return password;
}

}  // namespace civiq::admin
