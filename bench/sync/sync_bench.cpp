// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-sync-bench: how long a change made at central booking takes to be in the branch's own
// database, where the kiosk checks in from (issue #16; bench/sync-latency, docs/performance.md,
// "Branch sync"). The driver runs a real civiq-central and a real civiq-server syncing with it. This
// probe changes one booking's name in PostgreSQL (the trigger numbers the change and NOTIFYs, as
// for a citizen's booking) and reads the branch's SQLite until the name is there; beside it, in the
// same run, the physical limits of that path: a bare committed row change with a NOTIFY, heard on
// another connection, and a bare durable SQLite commit (what the branch's import costs at least).
// Its other modes time the convergence after an outage (convergence.hpp, bulk_limit.hpp).
//
// Usage: civiq-sync-bench latency PG_URI BRANCH_DB SAMPLES OUT.json
//        civiq-sync-bench book PG_URI CODE_PREFIX COUNT
//        civiq-sync-bench converge PG_URI BRANCH_DB REPETITIONS OUT.json
#include <pqxx/pqxx>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "samples_json.hpp"
#include "storage/database.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"
#include "sync/bulk_limit.hpp"
#include "sync/convergence.hpp"

namespace {

using Clock = std::chrono::steady_clock;
constexpr const char* kCode = "LOE-BE0C0000";  // a code as the centre mints them (the branch refuses others)
constexpr auto kDeadline = std::chrono::seconds{30};

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The name the branch has stored for the bench's booking, if any.
std::string name_at_branch(civiq::storage::Database& branch) {
  civiq::storage::Statement select{branch, "SELECT coalesce(citizen_name, '') FROM appointments WHERE code = :code"};
  const civiq::storage::Execution execution{select};
  select.bind(":code", kCode);
  return select.step() ? select.text(0) : std::string{};
}

// Waits until the branch has `name`; polls the file every 200 µs (a read of a WAL database).
void until_at_branch(civiq::storage::Database& branch, const std::string& name) {
  const auto give_up = Clock::now() + kDeadline;
  while (name_at_branch(branch) != name) {
    if (Clock::now() > give_up) throw std::runtime_error("the branch did not get " + name + " within 30 s");
    std::this_thread::sleep_for(std::chrono::microseconds{200});  // the probe's sampling period, not a sync
  }
}

std::vector<double> change_to_branch(pqxx::connection& centre, const std::string& branch_db, int samples) {
  {  // an upsert: bench/sync-latency runs this mode twice, the second time through its counting relay
    pqxx::work insert{centre};
    insert.exec0(std::string("INSERT INTO bookings (office_id, day, start_s, length_s, service_ids, status, "
                             "citizen_name, code) VALUES ('loebau', current_date + 1, 32400, 900, '{2}', "
                             "'confirmed', 'bench 0', '") +
                 kCode +
                 "') "
                 "ON CONFLICT (code) DO UPDATE SET citizen_name = excluded.citizen_name");
    insert.commit();
  }
  auto branch = civiq::storage::Database::open(branch_db);
  until_at_branch(branch, "bench 0");
  centre.prepare("rename", std::string("UPDATE bookings SET citizen_name = $1 WHERE code = '") + kCode + "'");
  std::vector<double> ms;
  for (int i = 1; i <= samples; ++i) {
    const std::string name = "bench " + std::to_string(i);
    const auto start = Clock::now();
    pqxx::work rename{centre};
    rename.exec_prepared0("rename", name);
    rename.commit();
    until_at_branch(branch, name);
    ms.push_back(ms_since(start));
  }
  return ms;
}

class Heard final : public pqxx::notification_receiver {
 public:
  explicit Heard(pqxx::connection_base& c) : pqxx::notification_receiver(c, "bench_limit") {}
  void operator()(const std::string& /*payload*/, int /*pid*/) override { heard = true; }
  bool heard = false;
};

// A durable one-row change with a NOTIFY, committed, until another connection hears it.
std::vector<double> bare_notify(const std::string& uri, pqxx::connection& sender, int samples) {
  {
    pqxx::work create{sender};
    create.exec0("CREATE TABLE IF NOT EXISTS bench_limit (n INTEGER NOT NULL); INSERT INTO bench_limit VALUES (0)");
    create.commit();
  }
  pqxx::connection listener{uri};
  Heard heard{listener};
  std::vector<double> ms;
  for (int i = 0; i < samples; ++i) {
    heard.heard = false;
    const auto start = Clock::now();
    pqxx::work notify{sender};
    notify.exec0("UPDATE bench_limit SET n = n + 1");
    notify.exec0("NOTIFY bench_limit");
    notify.commit();
    while (!heard.heard) listener.await_notification(5, 0);
    ms.push_back(ms_since(start));
  }
  return ms;
}

std::vector<double> bare_sqlite_commit(const std::filesystem::path& file, int samples) {
  auto db = civiq::storage::Database::open(file.string());
  db.exec("CREATE TABLE IF NOT EXISTS limit_rows (name TEXT NOT NULL)");
  civiq::storage::Statement insert{db, "INSERT INTO limit_rows (name) VALUES (:name)"};
  std::vector<double> ms;
  for (int i = 0; i < samples; ++i) {
    const auto start = Clock::now();
    civiq::storage::Transaction transaction{db};
    {
      const civiq::storage::Execution execution{insert};
      insert.bind(":name", "bench");
      insert.run();
    }
    transaction.commit();
    ms.push_back(ms_since(start));
  }
  return ms;
}

int latency(const std::string& uri, const std::string& branch_db, int samples, const std::string& out_path) {
  pqxx::connection centre{uri};
  const auto to_branch = change_to_branch(centre, branch_db, samples);
  const auto notify = bare_notify(uri, centre, samples);
  const auto scratch = std::filesystem::path(out_path).parent_path() / "limit.db";
  const auto commit = bare_sqlite_commit(scratch, samples);
  std::ofstream out(out_path);
  out << "{\n";
  civiq::bench::write_samples(out, "change_to_branch_ms", to_branch);
  civiq::bench::write_samples(out, "bare_notify_ms", notify);
  civiq::bench::write_samples(out, "bare_sqlite_commit_ms", commit, true);
  out << "}\n";
  return 0;
}

// The driver brings the line back when the probe says it is ready, and answers with that moment on
// CLOCK_MONOTONIC (Python's time.monotonic_ns(); libstdc++'s steady_clock reads the same clock).
std::int64_t link_back_from_driver() {
  std::cout << "ready" << std::endl;
  std::int64_t ns = 0;
  if (!(std::cin >> ns)) throw std::runtime_error("converge: no moment from the driver on stdin");
  return ns;
}

int converge(const std::string& uri, const std::string& branch_db, int repetitions, const std::string& out_path) {
  const auto c = civiq::bench::until_converged(uri, branch_db, link_back_from_driver);
  const auto scratch = std::filesystem::path(out_path).parent_path() / "bulk_limit.db";
  const auto limit = civiq::bench::bulk_limit(uri, branch_db, scratch.string(), c.cursor_before, c.facts, repetitions);
  std::ofstream out(out_path);
  out << "{\n  \"changes\": " << c.changes << ",\n  \"facts\": " << c.facts << ",\n";
  civiq::bench::write_samples(out, "first_change_ms", {c.first_change_ms});
  civiq::bench::write_samples(out, "all_changes_ms", {c.all_changes_ms});
  civiq::bench::write_samples(out, "first_fact_ms", {c.first_fact_ms});
  civiq::bench::write_samples(out, "all_facts_ms", {c.all_facts_ms});
  civiq::bench::write_samples(out, "read_changes_ms", limit.read_changes_ms);
  civiq::bench::write_samples(out, "store_changes_ms", limit.store_changes_ms);
  civiq::bench::write_samples(out, "read_events_ms", limit.read_events_ms);
  civiq::bench::write_samples(out, "store_facts_ms", limit.store_facts_ms, true);
  out << "}\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() == 5 && args[0] == "latency") return latency(args[1], args[2], std::stoi(args[3]), args[4]);
    if (args.size() == 4 && args[0] == "book") {
      civiq::bench::book_at_centre(args[1], args[2], std::stoi(args[3]));
      return 0;
    }
    if (args.size() == 5 && args[0] == "converge") return converge(args[1], args[2], std::stoi(args[3]), args[4]);
    std::cerr << "usage: civiq-sync-bench latency PG_URI BRANCH_DB SAMPLES OUT.json\n"
                 "       civiq-sync-bench book PG_URI CODE_PREFIX COUNT\n"
                 "       civiq-sync-bench converge PG_URI BRANCH_DB REPETITIONS OUT.json\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "civiq-sync-bench: " << error.what() << '\n';
    return 1;
  }
}
