// civiq-admin: administration of a branch database. Works while the server runs (SQLite WAL).
//   civiq-admin --db PATH init
//   civiq-admin --db PATH user add NAME --role clerk|manager|admin     (password on stdin)
//   civiq-admin --db PATH device enroll NAME --kind kiosk|display      (prints the token, nothing else)
//   civiq-admin --db PATH device revoke NAME
//   civiq-admin --db PATH backup FILE      (consistent online copy, also while the server runs)
#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <string>

#include "auth/principal.hpp"
#include "auth/secrets.hpp"
#include "storage/device_repository.hpp"
#include "storage/migrations.hpp"
#include "storage/storage_error.hpp"
#include "storage/user_repository.hpp"

namespace {

constexpr std::size_t kMinPasswordLength = 10;

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

civiq::storage::Database open_database(const std::string& path) {
  auto db = civiq::storage::Database::open(path);
  civiq::storage::migrate(db);
  return db;
}

int add_user(const std::string& path, const std::string& name, const std::string& role) {
  if (!civiq::auth::parse_role(role)) throw std::runtime_error("role must be clerk, manager or admin");
  std::string password;
  std::getline(std::cin, password);
  if (password.size() < kMinPasswordLength)
    throw std::runtime_error("the password (read from stdin) needs at least 10 characters");
  auto db = open_database(path);
  civiq::storage::UserRepository users(db);
  try {
    (void)users.add(name, role, civiq::auth::hash_password(password), unix_now());
  } catch (const civiq::storage::ConstraintError& error) {
    if (error.is_duplicate()) throw std::runtime_error("a user named " + name + " already exists");
    throw;
  }
  std::cerr << "user " << name << " added as " << role << '\n';
  return 0;
}

int enroll_device(const std::string& path, const std::string& name, const std::string& kind) {
  if (!civiq::auth::parse_device_kind(kind)) throw std::runtime_error("kind must be kiosk or display");
  auto db = open_database(path);
  civiq::storage::DeviceRepository devices(db);
  const std::string token = civiq::auth::random_token(civiq::auth::kSessionTokenBytes);
  try {
    (void)devices.enroll(name, kind, civiq::auth::token_digest(token), unix_now());
  } catch (const civiq::storage::ConstraintError& error) {
    if (error.is_duplicate()) throw std::runtime_error("a device named " + name + " already exists; revoke it first");
    throw;
  }
  std::cout << token << '\n';
  return 0;
}

int revoke_device(const std::string& path, const std::string& name) {
  auto db = open_database(path);
  civiq::storage::DeviceRepository devices(db);
  if (!devices.revoke(name, unix_now())) throw std::runtime_error("no active device named " + name);
  std::cerr << "device " << name << " revoked\n";
  return 0;
}

int backup(const std::string& path, const std::string& destination) {
  auto db = open_database(path);
  db.online_backup(destination);
  std::cerr << "backup written to " << destination << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"civiq-admin: users, devices and the database of a civiq branch"};
  cli.require_subcommand(1);
  std::string db_path, name, role, kind, destination;
  cli.add_option("--db", db_path, "SQLite database of the branch")->required();

  auto* init = cli.add_subcommand("init", "create or migrate the database");
  auto* user = cli.add_subcommand("user", "staff accounts")->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "add a user; the password is read from stdin");
  user_add->add_option("name", name)->required();
  user_add->add_option("--role", role, "clerk, manager or admin")->required();
  auto* device = cli.add_subcommand("device", "kiosks and displays")->require_subcommand(1);
  auto* enroll = device->add_subcommand("enroll", "enroll a device and print its token");
  enroll->add_option("name", name)->required();
  enroll->add_option("--kind", kind, "kiosk or display")->required();
  auto* revoke = device->add_subcommand("revoke", "revoke a device's token");
  revoke->add_option("name", name)->required();
  auto* backup_command = cli.add_subcommand("backup", "copy the database consistently while the server runs");
  backup_command->add_option("file", destination, "where to write the copy")->required();
  CLI11_PARSE(cli, argc, argv);

  try {
    civiq::auth::init_secrets();
    if (*init) return (void)open_database(db_path), 0;
    if (*user_add) return add_user(db_path, name, role);
    if (*enroll) return enroll_device(db_path, name, kind);
    if (*revoke) return revoke_device(db_path, name);
    if (*backup_command) return backup(db_path, destination);
  } catch (const std::exception& error) {
    std::cerr << "civiq-admin: " << error.what() << '\n';
    return 1;
  }
  return 2;
}
