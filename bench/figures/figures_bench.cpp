// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-figures-bench: how long a manager waits for a report. A county's year is built first: each
// office day is one of bench/sim's simulated days (the real domain engine decides every event),
// moved to its own date and stored as the branch server stores events. Then reports of one day, a
// month and the year (FigureReports, as GET /api/v1/manage/figures computes them) are timed beside
// the physical limits in the same run: reading the same stored day rows bare (what a report reads),
// and the same stored events bare (what it would read without them), without decoding or folding.
// Every day is closed, so the first report of each office's year counts and stores its days (timed
// apart); the timed reports read the stored days.
// Target (issue #17): any report p95 < 200 ms. Prints a Markdown table for docs/performance.md.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <random>

#include "app/event_records.hpp"
#include "app/figure_reports.hpp"
#include "domain/berlin_time.hpp"
#include "sim/day_plan.hpp"
#include "sim/scenario.hpp"
#include "sim/simulated_office.hpp"
#include "storage/migrations.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

namespace {

using namespace civiq;
using Clock = std::chrono::steady_clock;

struct Options {
  int offices = 5;
  int days = 250;
  int reports = 30;
  std::string scenario = "loebau";
  double factor = 2.2;
  std::string db = "figures-bench.db";
};

// The scenario as an office twice its size: every counter twice, walk-ins and appointments scaled by
// `factor`, so a day has about as many tickets as the county office (400).
bench::Scenario enlarged(bench::Scenario scenario, double factor) {
  const auto counters = scenario.counters;
  const int ids = static_cast<int>(counters.size());
  for (auto copy : counters) {
    copy.counter.id = domain::CounterId{copy.counter.id.value + ids};
    copy.counter.name += " b";
    scenario.counters.push_back(std::move(copy));
  }
  for (auto& rate : scenario.walk_ins_per_hour) rate *= factor;
  for (auto& slots : scenario.appointments) slots.per_slot = static_cast<int>(std::lround(slots.per_slot * factor));
  return scenario;
}

std::string office_id(int office) {
  return "office-" + std::to_string(office + 1);
}

// Office day d: the d-th weekday from Monday 2025-01-06 (five per week, as offices open).
domain::LocalDate office_day(int d) {
  const std::chrono::sys_days first{std::chrono::year{2025} / 1 / 6};
  return domain::LocalDate{first + std::chrono::days{(d / 5) * 7 + d % 5}};
}

// Stores every office's days; returns the tickets issued per day on average.
double build_year(storage::Database& db, const bench::Scenario& scenario, const Options& options) {
  storage::TicketEventStore store(db);
  const bench::SimOptions sim{bench::CallingRule::Civiq, std::chrono::seconds{300}, {}};
  const std::chrono::sys_days simulated{bench::simulated_day()};
  std::size_t tickets = 0;
  for (int office = 0; office < options.offices; ++office) {
    for (int d = 0; d < options.days; ++d) {
      const auto seed = scenario.seed + static_cast<std::uint64_t>(office * 10'000 + d);
      const auto day = bench::simulate_day(scenario, bench::plan_day(scenario, seed), sim);
      const auto date = office_day(d);
      const auto shift = std::chrono::sys_days{date} - simulated;  // whole days; the hour may move in summer
      storage::Transaction transaction(db);
      for (auto event : day.events) {
        event.at += shift;
        (void)store.append(app::event_record(event, office_id(office), domain::iso_date(date)));
      }
      transaction.commit();
      tickets += day.tickets.size();
    }
  }
  return static_cast<double>(tickets) / (options.offices * options.days);
}

struct Timings {
  std::vector<double> ms;
  [[nodiscard]] double percentile(int p) {
    std::sort(ms.begin(), ms.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(ms.size())));
    return ms[std::max<std::size_t>(rank, 1) - 1];
  }
};

template <class F>
double time_ms(F&& run) {
  const auto start = Clock::now();
  run();
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"civiq-figures-bench: report times over a county's year of simulated office days"};
  app.add_option("--offices", options.offices, "offices of the county")->check(CLI::Range(1, 20));
  app.add_option("--days", options.days, "office days per office")->check(CLI::Range(1, 400));
  app.add_option("--reports", options.reports, "reports timed per span")->check(CLI::Range(1, 1000));
  app.add_option("--scenario", options.scenario, "bench/sim scenario of every day");
  app.add_option("--factor", options.factor, "walk-ins and appointments times this, on twice the counters")
      ->check(CLI::Range(1.0, 4.0));
  app.add_option("--db", options.db, "the database file to build (replaced)");
  CLI11_PARSE(app, argc, argv);

  const auto found = bench::find_scenario(options.scenario);
  if (!found) {
    std::cerr << "no scenario " << options.scenario << '\n';
    return 2;
  }
  const auto scenario = std::make_optional(enlarged(*found, options.factor));
  std::filesystem::remove(options.db);
  auto db = storage::Database::open(options.db);
  storage::migrate(db);
  double per_day = 0;
  const double build_s = time_ms([&] { per_day = build_year(db, *scenario, options); }) / 1000.0;
  std::cout << std::fixed << std::setprecision(1) << "built " << options.offices << " offices x " << options.days
            << " days, " << per_day << " tickets per day on average, in " << build_s << " s\n\n";

  app::BranchConfig config;
  config.catalog = scenario->catalog();
  // The physical limits: the same rows read bare, without decoding, folding or naming.
  storage::Statement bare_events(db,
                                 "SELECT seq, type, actor, payload, occurred_at FROM ticket_events "
                                 "WHERE office_id = :office_id AND office_day BETWEEN :first AND :last ORDER BY seq");
  storage::Statement bare_stored(db,
                                 "SELECT office_day, rows FROM day_figures WHERE office_id = :office_id "
                                 "AND office_day BETWEEN :first AND :last");
  auto bare_read = [&](storage::Statement& bare, domain::LocalDate from, domain::LocalDate to) {
    return time_ms([&] {
      const storage::Execution execution{bare};
      bare.bind(":office_id", config.office_id)
          .bind(":first", domain::iso_date(from))
          .bind(":last", domain::iso_date(to));
      std::size_t bytes = 0;
      while (bare.step()) bytes += bare.text(0).size() + bare.text(1).size();
      if (bytes == 0) throw std::runtime_error("a bare read found nothing: " + bare.sql());
    });
  };
  std::mt19937 random(7);
  // Every day of the year is closed: the office clock stands two days after the last (FigureReports
  // counts yesterday afresh).
  const domain::LocalDate today{std::chrono::sys_days{office_day(options.days - 1)} + std::chrono::days{2}};
  std::cout << "| report | days | p50 ms | p95 ms | stored rows bare p50 ms | p95 ms | events bare p50 ms | p95 ms "
               "| target p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  // First, each office's whole year once: this counts every day from its events and stores it.
  Timings first_ms;
  for (int office = 0; office < options.offices; ++office) {
    config.office_id = office_id(office);
    app::FigureReports reports(config, db);
    first_ms.ms.push_back(
        time_ms([&] { (void)reports.report(office_day(0), office_day(options.days - 1), "de", today); }));
  }
  std::cout << "| the year, the first time (counts and stores each day) | " << options.days << " | "
            << first_ms.percentile(50) << " | " << first_ms.percentile(95) << " | | | | | |\n";
  for (const auto& [name, span] : {std::pair{"one day", 1}, {"one month", 21}, {"one year", 250}}) {
    const int days = std::min(span, options.days);
    Timings report_ms, events_ms, stored_ms;
    std::size_t rows = 0;
    for (int i = 0; i < options.reports; ++i) {
      const int office = static_cast<int>(random() % static_cast<unsigned>(options.offices));
      const int first = static_cast<int>(random() % static_cast<unsigned>(options.days - days + 1));
      config.office_id = office_id(office);
      app::FigureReports reports(config, db);
      const auto from = office_day(first), to = office_day(first + days - 1);
      report_ms.ms.push_back(time_ms([&] { rows += reports.report(from, to, "de", today).rows.size(); }));
      events_ms.ms.push_back(bare_read(bare_events, from, to));
      stored_ms.ms.push_back(bare_read(bare_stored, from, to));
    }
    if (rows == 0) throw std::runtime_error("the reports found no figures");
    std::cout << "| " << name << " | " << days << " | " << report_ms.percentile(50) << " | " << report_ms.percentile(95)
              << " | " << stored_ms.percentile(50) << " | " << stored_ms.percentile(95) << " | "
              << events_ms.percentile(50) << " | " << events_ms.percentile(95) << " | 200 |\n";
  }
  return 0;
}
