// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-admin: administration of a branch database. Works while the server runs (SQLite WAL).
//   civiq-admin --db PATH init
//   civiq-admin --db PATH user add NAME --role clerk|manager|admin   (password on stdin)
//   civiq-admin --db PATH user reset-password NAME                   (password on stdin)
//   civiq-admin --db PATH user disable|enable NAME
//   civiq-admin --db PATH device enroll NAME --kind kiosk|display    (prints the token, nothing else)
//   civiq-admin --db PATH device revoke NAME  |  device list
//   civiq-admin --db PATH appointments import FILE.csv --office ID
//   civiq-admin --db PATH events export FILE.csv|-
//   civiq-admin --db PATH retention apply --days N
//   civiq-admin --db PATH backup FILE
//   civiq-admin --db PATH config check FILE                          (before restarting with a changed config)
#include <CLI/CLI.hpp>

#include <iostream>

#include "admin_support.hpp"
#include "auth/secrets.hpp"

int main(int argc, char** argv) {
  using namespace civiq::admin;
  CLI::App cli{"civiq-admin: users, devices and the data of a civiq branch"};
  cli.require_subcommand(1);
  std::string db, name, role, kind, file, office;
  int days = 30;
  cli.add_option("--db", db, "SQLite database of the branch")->required();

  auto* init = cli.add_subcommand("init", "create or migrate the database");

  auto* user = cli.add_subcommand("user", "staff accounts")->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "add a user; the password is read from stdin");
  user_add->add_option("--role", role, "clerk, manager or admin")->required();
  auto* user_reset = user->add_subcommand("reset-password", "set a new password (stdin) and end all sessions");
  auto* user_disable = user->add_subcommand("disable", "refuse sign-ins and end all sessions");
  auto* user_enable = user->add_subcommand("enable", "allow sign-ins again");
  for (auto* command : {user_add, user_reset, user_disable, user_enable}) command->add_option("name", name)->required();

  auto* device = cli.add_subcommand("device", "kiosks and displays")->require_subcommand(1);
  auto* enroll = device->add_subcommand("enroll", "enroll a device and print its token");
  enroll->add_option("name", name)->required();
  enroll->add_option("--kind", kind, "kiosk, display, counter (a clerk's PC) or sync (central booking)")->required();
  auto* revoke = device->add_subcommand("revoke", "revoke a device's token");
  revoke->add_option("name", name)->required();
  auto* devices = device->add_subcommand("list", "list devices");

  auto* appointments = cli.add_subcommand("appointments", "appointments")->require_subcommand(1);
  auto* import = appointments->add_subcommand("import", "import a CSV: code,time,service_ids,name");
  import->add_option("file", file)->required();
  import->add_option("--office", office, "office id as in the branch configuration")->required();

  auto* events = cli.add_subcommand("events", "the event log")->require_subcommand(1);
  auto* export_command = events->add_subcommand("export", "export every event as CSV ('-' for stdout); live-ticket tokens are left out");
  export_command->add_option("file", file)->required();

  auto* retention = cli.add_subcommand("retention", "personal data")->require_subcommand(1);
  auto* apply = retention->add_subcommand("apply", "forget citizens' names older than --days (the server does this daily)");
  apply->add_option("--days", days, "retention period in days")->check(CLI::Range(0, 3650));

  auto* backup_command = cli.add_subcommand("backup", "copy the database consistently while the server runs");
  backup_command->add_option("file", file, "where to write the copy")->required();

  auto* config = cli.add_subcommand("config", "the branch configuration")->require_subcommand(1);
  auto* check = config->add_subcommand("check", "would the server start with this branch.toml on this database?");
  check->add_option("file", file, "branch configuration (TOML)")->required();
  CLI11_PARSE(cli, argc, argv);

  try {
    civiq::auth::init_secrets();
    if (*init) return (void)open_database(db), 0;
    if (*user_add) return add_user(db, name, role);
    if (*user_reset) return reset_password(db, name);
    if (*user_disable) return set_user_disabled(db, name, true);
    if (*user_enable) return set_user_disabled(db, name, false);
    if (*enroll) return enroll_device(db, name, kind);
    if (*revoke) return revoke_device(db, name);
    if (*devices) return list_devices(db);
    if (*import) return import_appointments(db, office, file);
    if (*export_command) return export_events(db, file);
    if (*apply) return forget_personal_data(db, days);
    if (*backup_command) return backup(db, file);
    if (*check) return check_config(db, file);
  } catch (const std::exception& error) {
    std::cerr << "civiq-admin: " << error.what() << '\n';
    return 1;
  }
  return 2;
}
