// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// UserRepository: staff accounts (table users). Invariants: names are unique; role is one of
// "admin", "manager", "clerk" (the table's CHECK rejects anything else with ConstraintError); only a
// password hash is stored, never a password. Users are disabled, not deleted, so history keeps its actors.
// Thread rule: that of its Database (one thread at a time); must not outlive it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "database.hpp"
#include "statement.hpp"

namespace civiq::storage {

struct UserRow {
  std::int64_t id = 0;
  std::string name;
  std::string role;
  std::string password_hash;
  bool disabled = false;
  friend bool operator==(const UserRow&, const UserRow&) = default;
};

class UserRepository {
 public:
  explicit UserRepository(Database& db);

  // Returns the new user's id. ConstraintError (is_duplicate()) when the name is taken.
  std::int64_t add(std::string_view name, std::string_view role, std::string_view password_hash,
                   std::int64_t now_unix);
  [[nodiscard]] std::optional<UserRow> find_by_name(std::string_view name);
  [[nodiscard]] std::optional<UserRow> find_by_id(std::int64_t id);
  // Both return false when there is no user with this id.
  bool set_password_hash(std::int64_t id, std::string_view password_hash);
  bool set_disabled(std::int64_t id, bool disabled);
  [[nodiscard]] std::int64_t count();

 private:
  Statement add_;
  Statement find_by_name_;
  Statement find_by_id_;
  Statement set_password_hash_;
  Statement set_disabled_;
  Statement count_;
};

}  // namespace civiq::storage
