// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-admin commands for staff accounts and devices.
#include <iostream>

#include "admin_support.hpp"
#include "auth/principal.hpp"
#include "auth/secrets.hpp"
#include "storage/device_repository.hpp"
#include "storage/session_repository.hpp"
#include "storage/storage_error.hpp"
#include "storage/user_repository.hpp"

namespace civiq::admin {
namespace {

storage::UserRow existing_user(storage::UserRepository& users, const std::string& name) {
  auto user = users.find_by_name(name);
  if (!user) throw AdminError("no user named " + name);
  return *user;
}

}  // namespace

int add_user(const std::string& db_path, const std::string& name, const std::string& role) {
  if (!auth::parse_role(role)) throw AdminError("role must be clerk, manager or admin");
  const std::string password = read_password();
  auto db = open_database(db_path);
  storage::UserRepository users(db);
  try {
    (void)users.add(name, role, auth::hash_password(password), unix_now());
  } catch (const storage::ConstraintError& error) {
    if (error.is_duplicate()) throw AdminError("a user named " + name + " already exists");
    throw;
  }
  std::cerr << "user " << name << " added as " << role << '\n';
  return 0;
}

int reset_password(const std::string& db_path, const std::string& name) {
  const std::string password = read_password();
  auto db = open_database(db_path);
  storage::UserRepository users(db);
  const auto user = existing_user(users, name);
  (void)users.set_password_hash(user.id, auth::hash_password(password));
  // A new password ends every session signed in with the old one.
  const auto ended = storage::SessionRepository(db).remove_all_for_user(user.id);
  std::cerr << "password of " << name << " reset; " << ended << " session(s) ended\n";
  return 0;
}

int set_user_disabled(const std::string& db_path, const std::string& name, bool disabled) {
  auto db = open_database(db_path);
  storage::UserRepository users(db);
  const auto user = existing_user(users, name);
  (void)users.set_disabled(user.id, disabled);
  if (disabled) (void)storage::SessionRepository(db).remove_all_for_user(user.id);
  std::cerr << "user " << name << (disabled ? " disabled and signed out\n" : " enabled\n");
  return 0;
}

int enroll_device(const std::string& db_path, const std::string& name, const std::string& kind) {
  if (!auth::parse_device_kind(kind)) throw AdminError("kind must be kiosk, display, counter or sync");
  auto db = open_database(db_path);
  storage::DeviceRepository devices(db);
  const std::string token = auth::random_token(auth::kSessionTokenBytes);
  try {
    (void)devices.enroll(name, kind, auth::token_digest(token), unix_now());
  } catch (const storage::ConstraintError& error) {
    if (error.is_duplicate()) throw AdminError("a device named " + name + " already exists; choose another name");
    throw;
  }
  std::cout << token << '\n';
  return 0;
}

int revoke_device(const std::string& db_path, const std::string& name) {
  auto db = open_database(db_path);
  if (!storage::DeviceRepository(db).revoke(name, unix_now())) throw AdminError("no device named " + name);
  std::cerr << "device " << name << " revoked\n";
  return 0;
}

int list_devices(const std::string& db_path) {
  auto db = open_database(db_path);
  for (const auto& device : storage::DeviceRepository(db).list())
    std::cout << device.name << '\t' << device.kind << '\t' << (device.revoked ? "revoked" : "active") << '\n';
  return 0;
}

}  // namespace civiq::admin
