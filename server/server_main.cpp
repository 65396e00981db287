// civiq-server: one branch's queue server.
//   civiq-server --config FILE [--listen HOST:PORT] [--db PATH]
//   civiq-server --demo [--listen HOST:PORT] [--db PATH]
//   civiq-server --print-routes
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/branch_config.hpp"
#include "http/static_files.hpp"
#include "server_runtime.hpp"

int main(int argc, char** argv) {
  CLI::App cli{"civiq branch server: queue, live tickets and counters for one citizen office"};
  std::string config_path, listen, database, web_root;
  bool demo = false, print_routes = false;
  auto* config_option = cli.add_option("--config", config_path, "branch configuration (TOML)");
  auto* demo_flag = cli.add_flag("--demo", demo, "run the built-in Löbau demo branch");
  config_option->excludes(demo_flag);
  cli.add_option("--listen", listen, "address and port to listen on, e.g. 127.0.0.1:8080 (port 0 = any free)");
  cli.add_option("--db", database, "SQLite database file");
  cli.add_option("--web-root", web_root, "directory of the live-ticket page (mobile-ticket-web)");
  cli.add_flag("--print-routes", print_routes, "print every API route and exit");
  CLI11_PARSE(cli, argc, argv);

  try {
    if (print_routes) return civiq::print_routes(std::cout);
    if (config_path.empty() && !demo) {
      std::cerr << "civiq-server: give --config FILE, or --demo for the Löbau demo branch\n";
      return 2;
    }
    auto config = demo ? civiq::app::demo_branch_config() : civiq::app::load_branch_config(config_path);
    if (!listen.empty()) civiq::app::apply_listen(config, listen);
    if (!database.empty()) config.database_path = database;
    if (!web_root.empty()) config.web_root = web_root;
    if (config.web_root.empty()) config.web_root = civiq::http::default_web_root();
    return civiq::run_server(config);
  } catch (const std::exception& error) {
    std::cerr << "civiq-server: " << error.what() << '\n';
    return 1;
  }
}
