// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-server: one branch's queue server.
//   civiq-server --config FILE [--listen HOST:PORT] [--db PATH]
//   civiq-server --demo [--listen HOST:PORT] [--db PATH]
//   civiq-server --print-routes
//   civiq-server --print-error-codes
//   civiq-server --print-openapi       (the committed copy is docs/openapi.json)
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/branch_config.hpp"
#include "domain/local_time_text.hpp"
#include "net/static_files.hpp"
#include "protocol/error_code.hpp"
#include "protocol/openapi.hpp"
#include "server_runtime.hpp"

namespace {

std::optional<std::chrono::seconds> office_clock_start(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const auto start = civiq::domain::parse_time_of_day(text);
  if (!start || *start >= std::chrono::hours{24}) throw std::runtime_error("--time-start must look like 07:55");
  return start;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"civiq branch server: queue, live tickets and counters for one citizen office"};
  std::string config_path, listen, database, web_root, manage_root;
  bool demo = false, print_routes = false, print_error_codes = false, print_openapi = false;
  double time_speed = 1.0;
  std::string time_start;
  auto* config_option = cli.add_option("--config", config_path, "branch configuration (TOML)");
  auto* demo_flag = cli.add_flag("--demo", demo, "run the built-in Löbau demo branch");
  config_option->excludes(demo_flag);
  cli.add_option("--listen", listen, "address and port to listen on, e.g. 127.0.0.1:8080 (port 0 = any free)");
  cli.add_option("--db", database, "SQLite database file");
  cli.add_option("--web-root", web_root, "directory of the live-ticket page (mobile-ticket-web)");
  cli.add_option("--manage-root", manage_root, "directory of the manager's dashboard (manage-web)");
  cli.add_flag("--print-routes", print_routes, "print every API route and exit");
  cli.add_flag("--print-error-codes", print_error_codes, "print every error code with its HTTP status and exit");
  cli.add_flag("--print-openapi", print_openapi, "print the OpenAPI 3.1 document of the API and exit");
  cli.add_option("--time-speed", time_speed, "demo/simulation: run the office clock this many times faster")
      ->check(CLI::Range(1.0, 3600.0));
  cli.add_option("--time-start", time_start, "demo/simulation: start the office clock at HH:MM today (Berlin)");
  std::string central_url, central_credential;
  cli.add_option("--central", central_url, "pull the office's appointments from this central booking URL ([sync])");
  cli.add_option("--central-credential", central_credential, "the file with the branch's credential ([sync])");
  CLI11_PARSE(cli, argc, argv);

  try {
    if (print_routes) return civiq::print_routes(std::cout);
    if (print_error_codes) {
      for (const auto& info : civiq::protocol::kErrorCodes) std::cout << info.name << ' ' << info.http_status << '\n';
      return 0;
    }
    if (print_openapi) {
      std::cout << civiq::protocol::openapi_document_pretty();
      return 0;
    }
    if (config_path.empty() && !demo) {
      std::cerr << "civiq-server: give --config FILE, or --demo for the Löbau demo branch\n";
      return 2;
    }
    auto config = demo ? civiq::app::demo_branch_config() : civiq::app::load_branch_config(config_path);
    if (!listen.empty()) civiq::app::apply_listen(config, listen);
    if (!database.empty()) config.database_path = database;
    if (!web_root.empty()) config.web_root = web_root;
    if (!manage_root.empty()) config.manage_root = manage_root;
    if (!central_url.empty()) config.sync.central_url = central_url;
    if (!central_credential.empty()) config.sync.credential_file = central_credential;
    if (!config.sync.central_url.empty() && config.sync.credential_file.empty()) {
      std::cerr << "civiq-server: --central needs --central-credential FILE (civiq-central branches add)\n";
      return 2;
    }
    if (config.web_root.empty()) config.web_root = civiq::net::find_web_root(CIVIQ_BUILD_WEB_ROOT, CIVIQ_WEB_SHARE_FOLDER,
                                                                           CIVIQ_INSTALLED_WEB_ROOT);
    if (config.manage_root.empty())
      config.manage_root = civiq::net::find_web_root(CIVIQ_MANAGE_BUILD_WEB_ROOT, CIVIQ_MANAGE_WEB_SHARE_FOLDER,
                                                     CIVIQ_MANAGE_INSTALLED_WEB_ROOT);
    return civiq::run_server(config, civiq::app::OfficeClock(time_speed, office_clock_start(time_start)));
  } catch (const std::exception& error) {
    std::cerr << "civiq-server: " << error.what() << '\n';
    return 1;
  }
}
