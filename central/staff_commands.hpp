// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// `civiq-central users add|list|remove`: the staff accounts of central booking, for the county's
// admin on the server's shell (docs/install.md, "Central booking"). The password comes from stdin
// (a prompt without echo on a terminal) and is stored only as its argon2id hash.
//   civiq-central users add anna --role manager --office loebau --database URI   (or --config FILE)
//   civiq-central users list --database URI
//   civiq-central users remove anna --database URI   (ends her sessions too)
// Thread rule: the main thread's.
#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace civiq::central {

class UsersCommand {
 public:
  // Adds `users` and its subcommands to `cli`; they take the main command's --database, --config
  // and --demo after them as well.
  explicit UsersCommand(CLI::App& cli);

  // Whether the command line chose `users`.
  [[nodiscard]] bool chosen() const;

  // Runs it on `database` (when empty, the database of the county's file). The county (`config_path`
  // or the demo county), when given, names the offices a manager may have. Returns the exit code.
  [[nodiscard]] int run(const std::string& config_path, bool demo, const std::string& database, std::istream& in,
                        std::ostream& out, std::ostream& err) const;

 private:
  CLI::App* users_;
  CLI::App* add_;
  CLI::App* list_;
  CLI::App* remove_;
  std::string name_;
  std::string role_ = "manager";
  std::vector<std::string> offices_;
};

}  // namespace civiq::central
