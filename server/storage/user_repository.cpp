// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "user_repository.hpp"

#include <string>

namespace civiq::storage {
namespace {

// Column order read by read_user().
constexpr std::string_view kSelectUsers = "SELECT id, name, role, password_hash, disabled FROM users ";

std::string select_users(std::string_view rest) { return std::string{kSelectUsers} + std::string{rest}; }

UserRow read_user(const Statement& row) {
  return UserRow{
      .id = row.int64(0),
      .name = row.text(1),
      .role = row.text(2),
      .password_hash = row.text(3),
      .disabled = row.int64(4) != 0,
  };
}

std::optional<UserRow> find_one(Statement& statement) {
  if (!statement.step()) return std::nullopt;
  return read_user(statement);
}

}  // namespace

UserRepository::UserRepository(Database& db)
    : add_(db,
           "INSERT INTO users (name, role, password_hash, created_at) "
           "VALUES (:name, :role, :password_hash, :created_at)"),
      find_by_name_(db, select_users("WHERE name = :name")),
      find_by_id_(db, select_users("WHERE id = :id")),
      set_password_hash_(db, "UPDATE users SET password_hash = :password_hash WHERE id = :id"),
      set_disabled_(db, "UPDATE users SET disabled = :disabled WHERE id = :id"),
      count_(db, "SELECT count(*) FROM users") {}

std::int64_t UserRepository::add(std::string_view name, std::string_view role, std::string_view password_hash,
                                 std::int64_t now_unix) {
  const Execution execution{add_};
  add_.bind(":name", name).bind(":role", role).bind(":password_hash", password_hash).bind(":created_at", now_unix);
  add_.run();
  return add_.last_insert_rowid();
}

std::optional<UserRow> UserRepository::find_by_name(std::string_view name) {
  const Execution execution{find_by_name_};
  find_by_name_.bind(":name", name);
  return find_one(find_by_name_);
}

std::optional<UserRow> UserRepository::find_by_id(std::int64_t id) {
  const Execution execution{find_by_id_};
  find_by_id_.bind(":id", id);
  return find_one(find_by_id_);
}

bool UserRepository::set_password_hash(std::int64_t id, std::string_view password_hash) {
  const Execution execution{set_password_hash_};
  set_password_hash_.bind(":id", id).bind(":password_hash", password_hash);
  set_password_hash_.run();
  return set_password_hash_.changes() > 0;
}

bool UserRepository::set_disabled(std::int64_t id, bool disabled) {
  const Execution execution{set_disabled_};
  set_disabled_.bind(":id", id).bind(":disabled", disabled ? 1 : 0);
  set_disabled_.run();
  return set_disabled_.changes() > 0;
}

std::int64_t UserRepository::count() {
  const Execution execution{count_};
  if (!count_.step()) return 0;
  return count_.int64(0);
}

}  // namespace civiq::storage
