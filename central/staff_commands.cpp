// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_commands.hpp"

#include <CLI/CLI.hpp>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "booking_store.hpp"
#include "config/toml_reader.hpp"
#include "county_config.hpp"
#include "demo_county_toml.hpp"
#include "protocol/json_codec.hpp"
#include "staff_access.hpp"
#include "staff_secrets.hpp"
#include "staff_store.hpp"

namespace civiq::central {
namespace {

// A line from `in`; on a terminal after a prompt on `err`, without echo.
std::string read_secret_line(std::istream& in, std::ostream& err, const std::string& prompt, bool terminal) {
  std::string line;
  if (!terminal) {
    std::getline(in, line);
    return line;
  }
  err << prompt << std::flush;
  termios before{};
  tcgetattr(STDIN_FILENO, &before);
  termios quiet = before;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::getline(in, line);
  tcsetattr(STDIN_FILENO, TCSANOW, &before);
  err << '\n';
  return line;
}

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string read_password(std::istream& in, std::ostream& err, const std::string& name) {
  const bool terminal = &in == &std::cin && isatty(STDIN_FILENO) == 1;
  const std::string password = read_secret_line(in, err, "Password for " + name + ": ", terminal);
  if (const auto problem = password_problem(password); !problem.empty()) throw UsageError(problem);
  if (terminal && read_secret_line(in, err, "Again: ", terminal) != password)
    throw UsageError("the two passwords differ");
  return password;
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ",") + item;
  return text;
}

}  // namespace

UsersCommand::UsersCommand(CLI::App& cli) {
  users_ = cli.add_subcommand("users", "staff accounts of central booking (office managers, admins)");
  users_->require_subcommand(1)->fallthrough();
  add_ = users_->add_subcommand("add", "add a user; the password is read from stdin")->fallthrough();
  add_->add_option("name", name_, "the user's name (sign-in)")->required();
  add_->add_option("--role", role_, "manager (of the offices given) or admin (of every office)")
      ->check(CLI::IsMember({"manager", "admin"}));
  add_->add_option("--office", offices_, "an office the manager manages (repeat, or a,b)")->delimiter(',');
  list_ = users_->add_subcommand("list", "list the users")->fallthrough();
  remove_ = users_->add_subcommand("remove", "remove a user and end their sessions")->fallthrough();
  remove_->add_option("name", name_, "the user's name")->required();
}

bool UsersCommand::chosen() const { return users_->parsed(); }

int UsersCommand::run(const std::string& config_path, bool demo, const std::string& database, std::istream& in,
                      std::ostream& out, std::ostream& err) const {
  try {
    std::optional<CountyConfig> county;
    if (demo) county = parse_county_config(kDemoCountyToml, "<demo>");
    if (!config_path.empty()) county = parse_county_config(config::read_text_file(config_path), config_path);
    const std::string uri = !database.empty() ? database : county ? county->database : std::string();
    if (uri.empty()) throw UsageError("give --database URI, or --config FILE with [central] database");

    if (add_->parsed()) {
      const StaffRole role = *parse_role(role_);
      if (!valid_staff_name(name_)) throw UsageError("a user name has 1 to 64 of a-z, A-Z, 0-9, . _ - @");
      if (role == StaffRole::Manager && offices_.empty()) throw UsageError("a manager needs --office ID");
      if (role == StaffRole::Admin && !offices_.empty()) throw UsageError("an admin manages every office: no --office");
      for (const auto& office : offices_) {
        if (!valid_office_id(office)) throw UsageError("not an office id: \"" + office + "\"");
        if (county && !county->find_office(office)) throw UsageError("the county has no office \"" + office + "\"");
      }
      const std::string hash = hash_password(read_password(in, err, name_));
      BookingStore store(uri);
      store.migrate();
      if (!store.staff().add_user(name_, hash, role, offices_)) {
        err << "civiq-central: a user named " << name_ << " exists already; remove it first\n";
        return 1;
      }
      out << "civiq-central: added " << role_name(role) << ' ' << name_
          << (offices_.empty() ? std::string(" (every office)") : " (offices: " + joined(offices_) + ")") << '\n';
      return 0;
    }
    BookingStore store(uri);
    store.migrate();
    if (list_->parsed()) {
      for (const auto& user : store.staff().users())
        out << user.name << '\t' << role_name(user.role) << '\t' << (user.offices.empty() ? "*" : joined(user.offices))
            << '\t' << protocol::format_time(user.created_at) << '\n';
      return 0;
    }
    if (!store.staff().remove_user(name_)) {
      err << "civiq-central: no user named " << name_ << '\n';
      return 1;
    }
    out << "civiq-central: removed " << name_ << " and ended their sessions\n";
    return 0;
  } catch (const UsageError& error) {
    err << "civiq-central users: " << error.what() << '\n';
    return 2;
  } catch (const std::exception& error) {
    err << "civiq-central users: " << error.what() << '\n';
    return 1;
  }
}

}  // namespace civiq::central
