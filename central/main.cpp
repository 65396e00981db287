// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-central: the county's central booking service (issue #15). Reads county.toml (or the
// built-in demo county), migrates its PostgreSQL database, and serves the booking API until
// SIGINT/SIGTERM.
#include <CLI/CLI.hpp>

#include <iostream>

#include "booking_api.hpp"
#include "booking_pages.hpp"
#include "change_listener.hpp"
#include "chores.hpp"
#include "config/toml_reader.hpp"
#include "county_config.hpp"
#include "db_workers.hpp"
#include "mail_outbox.hpp"
#include "demo_county_toml.hpp"
#include "net/http_server.hpp"
#include "protocol/booking_messages.hpp"
#include "protocol/booking_openapi.hpp"
#include "reminder_chore.hpp"
#include "staff_api.hpp"
#include "office_commands.hpp"
#include "staff_commands.hpp"

namespace {

// Database workers (each its own connection) and how many requests may wait for them.
constexpr unsigned kDbWorkers = 4;
constexpr std::size_t kDbQueueLimit = 512;
// The staff's own worker: sign-ins (argon2id) and closures never hold up the citizens' ones.
constexpr unsigned kStaffDbWorkers = 1;
constexpr std::size_t kStaffQueueLimit = 64;

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"civiq-central: online booking of appointments for a county's citizen offices"};
  std::string config_path, listen, database;
  bool demo = false, print_routes = false, print_openapi = false;
  auto* config_option = cli.add_option("--config", config_path, "county configuration (TOML)");
  auto* demo_flag = cli.add_flag("--demo", demo, "run the built-in demo county (five offices of Landkreis Görlitz)");
  config_option->excludes(demo_flag);
  cli.add_option("--listen", listen, "address and port to listen on, e.g. 127.0.0.1:8090 (port 0 = any free)");
  cli.add_option("--database", database, "PostgreSQL connection URI, e.g. postgresql:///civiq_central");
  std::string smtp, public_url, web_root;
  cli.add_option("--smtp", smtp, "SMTP server for the mails, e.g. smtp://127.0.0.1:2525 (default: [mail] smtp_url)");
  cli.add_option("--public-url", public_url, "where citizens reach this service, for the links in mails");
  cli.add_option("--web-root", web_root, "directory of the booking pages (booking-web; default: the installed ones)");
  int chore_seconds = 30;
  cli.add_option("--chore-seconds", chore_seconds, "how often the chores run: the waitlist's offers, no-shows, branch alerts (default 30)")
      ->check(CLI::Range(1, 3600));
  cli.add_flag("--print-routes", print_routes, "print every API route and exit");
  cli.add_flag("--print-openapi", print_openapi, "print the OpenAPI 3.1 document of the API and exit");
  const civiq::central::UsersCommand users(cli);  // civiq-central users add|list|remove
  const civiq::central::OfficeCommands office_commands(cli);  // offices, availability, closures
  CLI11_PARSE(cli, argc, argv);

  try {
    if (print_routes) {
      for (const auto& route : civiq::protocol::booking_route::kAll) std::cout << route.method << ' ' << route.pattern << '\n';
      return 0;
    }
    if (print_openapi) {
      std::cout << civiq::protocol::booking_openapi_document_pretty();
      return 0;
    }
    if (users.chosen()) return users.run(config_path, demo, database, std::cin, std::cout, std::cerr);
    if (config_path.empty() && !demo) {
      std::cerr << "civiq-central: give --config FILE, or --demo for the demo county\n";
      return 2;
    }
    auto county = demo ? civiq::central::parse_county_config(civiq::central::kDemoCountyToml, "<demo>")
                       : civiq::central::parse_county_config(civiq::config::read_text_file(config_path), config_path);
    if (!listen.empty()) county.listen = listen;
    if (!database.empty()) county.database = database;
    if (!smtp.empty()) county.smtp_url = smtp;
    if (!public_url.empty()) county.public_url = public_url;
    const auto clock = [] { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); };
    if (office_commands.chosen()) return office_commands.run(county, std::cout, std::cerr, clock());
    if (county.database.empty()) {
      std::cerr << "civiq-central: give --database URI or [central] database in the configuration\n";
      return 2;
    }
    const auto address = civiq::config::parse_listen(county.listen);
    civiq::central::DbWorkers workers(county.database, kDbWorkers, kDbQueueLimit);  // migrates first
    civiq::central::MailOutbox outbox(county.database,
                                      {county.smtp_url, county.mail_from, civiq::central::mail_requires_tls(county)});
    const civiq::central::BookingPages pages(web_root.empty() ? civiq::central::default_booking_web_root()
                                                                   : std::filesystem::path(web_root));
    if (pages.file_count() == 0) std::cerr << "civiq-central: warning: no booking pages found; only the API is served\n";
    civiq::central::DbWorkers staff_workers(county.database, kStaffDbWorkers, kStaffQueueLimit);
    civiq::central::StaffApi staff(county, staff_workers, outbox, clock);
    civiq::central::SyncWaiters sync_waiters;  // the branches' long polls
    const civiq::central::ChangeListener changes(county.database, sync_waiters);
    civiq::central::BookingApi api(county, workers, outbox, pages, clock, staff, sync_waiters);
    const civiq::central::Chores chores(workers, county, outbox, clock,
                                        std::chrono::milliseconds{chore_seconds * 1000});
    std::optional<civiq::central::ReminderChore> reminders;  // none when the county sends no reminders
    if (county.reminder_lead > std::chrono::hours{0})
      reminders.emplace(county, workers, outbox, clock);
    else
      std::cout << "civiq-central: reminders are off ([central] reminder_hours = 0)" << std::endl;
    civiq::net::ServerOptions options;
    options.address = address.address;
    options.port = address.port;
    options.on_stop = [&sync_waiters] { sync_waiters.time_out_all(); };
    civiq::net::HttpServer server(options, api);
    std::cout << "civiq-central listening on http://" << address.address << ':' << server.port() << std::endl;
    server.run();
    workers.stop();
    staff.flush_refusals();  // the last counts of the audit log
    staff_workers.stop();
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "civiq-central: " << error.what() << '\n';
    return 1;
  }
}
