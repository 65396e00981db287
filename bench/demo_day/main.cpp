// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-demo-day: plays one simulated office day against a running civiq-server, over its public
// API only. The day comes from the same simulator as the wait-estimate accuracy bench (bench/sim:
// plan_day + play_day), so the demo's citizens and clerks behave exactly as the measured ones.
// scripts/demo runs it next to the demo branch, day after day; tests/e2e/test_demo_day.py plays two
// days fast.
#include <CLI/CLI.hpp>

#include <boost/json.hpp>
#include <fstream>
#include <iostream>

#include "day_plan.hpp"
#include "domain/berlin_time.hpp"
#include "office_day.hpp"
#include "scenario.hpp"
#include "server_office.hpp"

namespace {

using namespace civiq::bench;

// The first line of a file that holds a token or password (files, not flags: flags show up in ps).
std::string read_secret(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line) || line.empty()) throw std::runtime_error("cannot read a secret from " + path);
  return line;
}

boost::json::object day_summary(const DayPlan& plan, const PlayedDay& day, const ServerOffice& office) {
  const ServerDayCounts& c = office.counts();
  int gave_up = 0;
  for (const auto& ticket : day.tickets)
    for (const auto& leg : ticket.legs) gave_up += leg.gave_up_at ? 1 : 0;
  return {{"date", civiq::domain::iso_date(office.office_day())},
          {"seed", plan.seed},
          {"visits", plan.visits.size()},
          {"appointments_booked", plan.appointments.size()},
          {"issued", c.issued},
          {"turned_away", c.turned_away},
          {"calls", c.calls},
          {"served", c.finished},
          {"stayed", c.stayed},
          {"transferred", c.transferred},
          {"no_shows", c.no_shows},
          {"cancelled", c.cancelled},
          {"gave_up", gave_up}};
}

void write_summary(const std::string& path, const Scenario& scenario, const boost::json::array& days) {
  std::ofstream out(path);
  out << boost::json::serialize(boost::json::object{{"scenario", scenario.name}, {"days", days}}) << "\n";
  if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Plays a simulated office day against a running civiq-server, through its public API."};
  ServerAccess access{"", "", "manager", "", "clerk", ""};
  std::string scenario_name = "loebau", kiosk_token_file, manager_password_file, clerk_password_file, summary_path;
  std::optional<std::uint64_t> seed;
  int days = 1;
  app.add_option("--server", access.base_url, "the branch server, e.g. http://127.0.0.1:8080")->required();
  app.add_option("--scenario", scenario_name, "the day to play: loebau (the demo branch) or an accuracy scenario")
      ->capture_default_str();
  app.add_option("--seed", seed, "another day of the same scenario (default: the scenario's own seed)");
  app.add_option("--kiosk-token-file", kiosk_token_file, "file with an enrolled kiosk's token")->required();
  app.add_option("--manager", access.manager, "user who imports the day's appointments")->capture_default_str();
  app.add_option("--manager-password-file", manager_password_file, "file with that user's password")->required();
  app.add_option("--clerk-prefix", access.clerk_prefix, "counter N is worked by user <prefix>N")->capture_default_str();
  app.add_option("--clerk-password-file", clerk_password_file, "file with the clerks' password")->required();
  app.add_option("--days", days, "days to play one after another, each with the next seed; 0: until stopped")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  app.add_option("--summary-json", summary_path, "write what happened, day by day, as JSON to this file");
  CLI11_PARSE(app, argc, argv);

  try {
    const auto scenario = find_scenario(scenario_name);
    if (!scenario) throw std::runtime_error("no scenario named " + scenario_name);
    access.kiosk_token = read_secret(kiosk_token_file);
    access.manager_password = read_secret(manager_password_file);
    access.clerk_password = read_secret(clerk_password_file);
    boost::json::array played;
    for (int d = 0; days == 0 || d < days; ++d) {
      const DayPlan plan = plan_day(*scenario, seed.value_or(scenario->seed) + static_cast<std::uint64_t>(d));
      ServerOffice office(access, *scenario, std::cout);  // waits for the next day's opening if today's is over
      office.book(plan);
      std::cout << "office day " << civiq::domain::iso_date(office.office_day()) << ": " << scenario->title
                << ", seed " << plan.seed << ": " << plan.visits.size() << " visits, " << plan.appointments.size()
                << " appointments booked" << std::endl;
      // Idle simulated clerks look at the queue every office minute, so a newcomer's own ticket is
      // called like everyone else's, also in a quiet hour.
      const PlayedDay day = play_day(*scenario, plan, office, std::nullopt, Seconds{60});
      const ServerDayCounts& c = office.counts();
      std::cout << "office day over: " << c.issued << " tickets, " << c.finished << " served, " << c.transferred
                << " transferred, " << c.no_shows << " no-shows, " << c.cancelled << " cancelled, " << c.turned_away
                << " turned away" << std::endl;
      played.push_back(day_summary(plan, day, office));
      if (!summary_path.empty()) write_summary(summary_path, *scenario, played);
    }
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "civiq-demo-day: " << error.what() << "\n";
    return 1;
  }
}
