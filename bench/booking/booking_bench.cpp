// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-booking-bench: central booking's free-slot search and its hold on a state-sized county
// (issue #15; bench/booking-search drives it and reports in docs/performance.md). Beside each, in the
// same run, the physical limit: the bare PostgreSQL query the search makes, and a bare committed
// insert of a booking row.
//   civiq-booking-bench DATABASE_URI OUT_JSON OFFICES DAYS QUERIES HOLDS WRITERS SECONDS
// Fills the database with OFFICES offices × DAYS days of bookings (about half of every day taken,
// by COPY), then times QUERIES searches (a random office, one service, two weeks) and HOLDS holds,
// one at a time; then bookings per second: WRITERS threads at once for SECONDS each, holds and whole
// bookings, each beside as many threads of bare committed SQL (booking_throughput.hpp).
#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "booking_desk.hpp"
#include "booking_throughput.hpp"
#include "samples_json.hpp"
#include "booking_store.hpp"
#include "county_config.hpp"

namespace {

using namespace std::chrono;
using civiq::central::BookingOffice;
using civiq::central::CountyConfig;

constexpr int kServices = 30;
constexpr int kDesks = 4;
constexpr int kSearchDays = 14;
constexpr auto kStep = minutes{15};
constexpr std::uint32_t kSeed = 20261207;
// Slots to find before a phase of writers: what they could use if every core of the machine did
// holds of kFastestHold and nothing else, with half again as margin. A constant, not the measured
// hold, so that a loaded machine does not shrink the supply; running out only shortens the phase
// (the rate stays honest, and the report says so).
constexpr double kSlotMargin = 1.5;
constexpr double kFastestHoldMs = 0.5;

civiq::domain::TimePoint now() { return floor<seconds>(system_clock::now()); }

double elapsed_ms(steady_clock::time_point since) {
  return duration<double, std::milli>(steady_clock::now() - since).count();
}

// A county of `offices` offices, each with every service, Monday to Friday with a lunch break, all
// of the next `days` days released (the search covers them all).
CountyConfig county(int offices, int days) {
  CountyConfig config;
  for (int id = 1; id <= kServices; ++id)
    config.services.push_back({civiq::domain::ServiceId{id}, {}, {{"de", "Leistung " + std::to_string(id)}},
                               minutes{id % 2 == 0 ? 30 : 15}, std::nullopt});
  for (int o = 0; o < offices; ++o) {
    BookingOffice office;
    office.id = "office-" + std::to_string(o);
    office.name = "Bürgerbüro " + std::to_string(o);
    for (const auto& service : config.services) office.services.push_back(service.id);
    for (std::size_t day = 0; day < 5; ++day)
      office.calendar.week[day] = {{{hours{8}, hours{12}}, {hours{13}, day % 2 == 1 ? hours{18} : hours{16}}}, kDesks};
    office.calendar.release.releases = {{days, minutes{0}, 100}};
    config.offices.push_back(std::move(office));
  }
  return config;
}

// About half of every open slot of every desk, as confirmed bookings of one grid step.
std::size_t fill(const std::string& uri, const CountyConfig& config, int days) {
  pqxx::connection connection{uri};
  pqxx::work work{connection};
  pqxx::stream_to stream{work, "bookings",
                         std::vector<std::string>{"office_id", "day", "start_s", "length_s", "service_ids", "status"}};
  std::mt19937 random{kSeed};
  std::size_t rows = 0;
  const auto today = floor<std::chrono::days>(system_clock::now());
  for (const auto& office : config.offices) {
    for (int d = 1; d <= days; ++d) {
      const civiq::domain::LocalDate date{today + std::chrono::days{d}};
      const auto& plan = office.calendar.week[static_cast<std::size_t>((weekday{sys_days{date}} - Monday).count())];
      for (const auto& interval : plan.hours)
        for (auto start = interval.opens; start + kStep <= interval.closes; start += kStep)
          for (int desk = 0; desk < plan.desks; ++desk)
            if (random() % 2 == 0) {
              stream << std::make_tuple(office.id, civiq::domain::iso_date(date), static_cast<int>(start.count()),
                                        static_cast<int>(duration_cast<seconds>(kStep).count()), std::string("{1}"),
                                        std::string("confirmed"));
              ++rows;
            }
    }
  }
  stream.complete();
  work.commit();
  pqxx::nontransaction analyse{connection};
  analyse.exec0("ANALYZE bookings");
  return rows;
}

void write_throughput(std::ofstream& out, const std::string& name, const civiq::bench::Throughput& phase) {
  out << "  \"" << name << "\": {\"done\": " << phase.done << ", \"taken\": " << phase.taken
      << ", \"refused\": " << phase.refused << ", \"seconds\": " << phase.seconds
      << ", \"ran_out\": " << (phase.ran_out ? "true" : "false") << ", \"wait_samples\": " << phase.waits.samples
      << ", \"waits\": {";
  const char* separator = "";
  for (const auto& [where, backends] : phase.waits.backends) {
    out << separator << "\"" << where << "\": " << backends;
    separator = ", ";
  }
  out << "}},\n";
  civiq::bench::write_samples(out, (name + "_ms").c_str(), phase.latency_ms);
}

std::size_t slots_for(const civiq::bench::WriterRun& run) {
  const double cores = std::max(1U, std::thread::hardware_concurrency());
  return static_cast<std::size_t>(kSlotMargin * cores * static_cast<double>(run.duration.count()) * 1000.0 /
                                  kFastestHoldMs);
}

struct WriterPhases {
  civiq::bench::Throughput holds, bare_inserts, bookings, bare_bookings;
};

// Civiq and its limit alternate, so that what changes over the run (a growing table, autovacuum,
// checkpoints) weighs on both alike. The slots are found (untimed) just before each civiq phase, so
// that they are free after what the phase before it booked.
WriterPhases run_writers(const std::string& uri, const CountyConfig& config, civiq::central::BookingStore& store,
                         int days, const civiq::bench::WriterRun& run) {
  std::mt19937 random{kSeed + 2};
  WriterPhases phases;
  const auto timed = [](const char* what, auto&& phase) {
    std::cerr << what << "…\n";
    return phase();
  };
  const std::size_t slots = slots_for(run);
  auto free = civiq::bench::find_free_slots(config, store, days, slots, random);
  phases.holds = timed("holds", [&] { return civiq::bench::hold_throughput(uri, config, free, run); });
  phases.bare_inserts = timed("bare inserts", [&] { return civiq::bench::bare_insert_throughput(uri, config, days, run); });
  free = civiq::bench::find_free_slots(config, store, days, slots, random);
  phases.bookings = timed("bookings", [&] { return civiq::bench::booking_throughput(uri, config, free, run); });
  phases.bare_bookings = timed("bare bookings", [&] { return civiq::bench::bare_booking_throughput(uri, config, days, run); });
  return phases;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 9) {
    std::cerr << "usage: civiq-booking-bench DATABASE_URI OUT_JSON OFFICES DAYS QUERIES HOLDS WRITERS SECONDS\n";
    return 2;
  }
  const std::string uri = argv[1];
  const int offices = std::stoi(argv[3]), days = std::stoi(argv[4]), queries = std::stoi(argv[5]),
            holds = std::stoi(argv[6]);
  const civiq::bench::WriterRun run{std::stoi(argv[7]), seconds{std::stoi(argv[8])}};
  try {
    const CountyConfig config = county(offices, days);
    civiq::central::BookingStore store{uri};
    store.migrate();
    const auto started = steady_clock::now();
    const std::size_t rows = fill(uri, config, days);
    std::cerr << "filled " << rows << " bookings in " << elapsed_ms(started) / 1000.0 << " s\n";

    pqxx::connection bare{uri};
    // The statement the search sends (BookingStore's office_days), without the booking rules after it.
    bare.prepare("bare_query", civiq::central::office_days_statement());
    bare.prepare("bare_insert",
                 "INSERT INTO bookings (office_id, day, start_s, length_s, service_ids, status, held_until) "
                 "VALUES ($1, $2::date, $3, $4, '{1}', 'held', to_timestamp($5))");
    std::mt19937 random{kSeed + 1};
    const auto today = floor<std::chrono::days>(system_clock::now());
    std::vector<double> search, bare_query, hold, bare_insert;
    for (int q = 0; q < queries; ++q) {
      const auto& office = config.offices[random() % config.offices.size()];
      const civiq::domain::LocalDate first{today + std::chrono::days{1 + static_cast<int>(random() % static_cast<unsigned>(std::max(1, days - kSearchDays)))}};
      const civiq::domain::LocalDate last{sys_days{first} + std::chrono::days{kSearchDays - 1}};
      const civiq::domain::ServiceId service{1 + static_cast<int>(random() % kServices)};
      auto t = steady_clock::now();
      const auto list = civiq::central::free_slots(config, store, {office.id, {service}, first, last}, now());
      search.push_back(elapsed_ms(t));
      t = steady_clock::now();
      pqxx::read_transaction read{bare};
      const auto result = read.exec_prepared("bare_query", office.id, civiq::domain::iso_date(first),
                                             civiq::domain::iso_date(last), now().time_since_epoch().count(), false);
      read.commit();
      bare_query.push_back(elapsed_ms(t));
      if (list.days.empty() && result.empty()) continue;
      if (static_cast<int>(hold.size()) < holds && !list.days.empty()) {
        const auto& day = list.days[random() % list.days.size()];
        const civiq::protocol::HoldRequest request{office.id, {service}, day.day, day.slots.front().start, std::nullopt};
        t = steady_clock::now();
        const auto placed = civiq::central::place_hold(config, store, request, nullptr, now());
        hold.push_back(elapsed_ms(t));
        if (!std::holds_alternative<civiq::protocol::Hold>(placed)) {
          std::cerr << "a hold was refused: " << std::get<civiq::central::Refusal>(placed).message << "\n";
          return 1;
        }
        t = steady_clock::now();
        pqxx::work insert{bare};
        insert.exec_prepared("bare_insert", office.id, day.day, 3600 * 8, 900, now().time_since_epoch().count() + 600);
        insert.commit();
        bare_insert.push_back(elapsed_ms(t));
      }
    }
    const WriterPhases phases = run_writers(uri, config, store, days, run);
    std::ofstream out(argv[2]);
    out << "{\n  \"bookings\": " << rows << ",\n";
    out << "  \"writers\": " << run.writers << ",\n  \"writer_seconds\": " << run.duration.count() << ",\n";
    write_throughput(out, "holds_rate", phases.holds);
    write_throughput(out, "bare_inserts_rate", phases.bare_inserts);
    write_throughput(out, "bookings_rate", phases.bookings);
    write_throughput(out, "bare_bookings_rate", phases.bare_bookings);
    civiq::bench::write_samples(out, "search_ms", search);
    civiq::bench::write_samples(out, "bare_query_ms", bare_query);
    civiq::bench::write_samples(out, "hold_ms", hold);
    civiq::bench::write_samples(out, "bare_insert_ms", bare_insert, true);
    out << "}\n";
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "civiq-booking-bench: " << error.what() << "\n";
    return 1;
  }
}
