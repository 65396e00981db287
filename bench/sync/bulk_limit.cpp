// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "bulk_limit.hpp"

#include <pqxx/pqxx>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <tuple>

#include "storage/database.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

namespace civiq::bench {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Change {
  std::string code, services, day, name;
  std::int64_t start_s = 0;
  bool cancelled = false;
};

struct Event {
  std::int64_t seq = 0;
  std::string type;
  std::int64_t occurred_at = 0;
};

std::vector<Change> read_changes(pqxx::connection& centre, std::int64_t cursor) {
  pqxx::work read{centre};
  std::vector<Change> changes;
  for (const auto& row : read.exec_prepared("changes", cursor))
    changes.push_back({row[1].as<std::string>(), row[4].as<std::string>(), row[2].as<std::string>(),
                       row[5].is_null() ? std::string{} : row[5].as<std::string>(), row[3].as<std::int64_t>(),
                       row[6].as<bool>()});
  return changes;
}

void store_changes(civiq::storage::Database& scratch, civiq::storage::Statement& upsert,
                   const std::vector<Change>& changes) {
  civiq::storage::Transaction transaction{scratch};
  for (const auto& change : changes) {
    const civiq::storage::Execution execution{upsert};
    upsert.bind(":code", change.code)
        .bind(":services", change.services)
        .bind(":day", change.day)
        .bind(":start_s", change.start_s)
        .bind(":name", change.name)
        .bind(":cancelled", change.cancelled ? 1 : 0);
    upsert.run();
  }
  transaction.commit();
}

std::vector<Event> read_events(civiq::storage::Statement& select, std::int64_t facts) {
  std::vector<Event> events;
  const civiq::storage::Execution execution{select};
  select.bind(":n", facts);
  while (select.step()) events.push_back({select.int64(0), select.text(1), select.int64(2)});
  return events;
}

std::string utc_text(std::int64_t seconds) {
  const auto t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S+00", &tm);
  return text;
}

void store_facts(pqxx::connection& centre, const std::vector<Event>& events, int repetition) {
  char instance[40];  // each repetition a batch of its own
  std::snprintf(instance, sizeof instance, "%032d", repetition);
  pqxx::work write{centre};
  pqxx::stream_to copy{write, "bench_limit_facts",
                       std::vector<std::string>{"office_id", "instance", "seq", "type", "occurred_at", "office_day",
                                                "service_ids", "priority"}};
  for (const auto& event : events) {
    const auto at = utc_text(event.occurred_at);
    copy << std::make_tuple(std::string{"loebau"}, std::string{instance}, event.seq, event.type, at, at.substr(0, 10),
                            std::string{"{1}"}, false);
  }
  copy.complete();
  write.commit();
}

}  // namespace

BulkLimit bulk_limit(const std::string& pg_uri, const std::string& branch_db, const std::string& scratch_db,
                     std::int64_t cursor, std::int64_t facts, int repetitions) {
  pqxx::connection centre{pg_uri};
  {
    pqxx::work create{centre};
    create.exec0(
        "DROP TABLE IF EXISTS bench_limit_facts; CREATE TABLE bench_limit_facts (office_id TEXT NOT NULL, "
        "instance TEXT NOT NULL, seq BIGINT NOT NULL, type TEXT NOT NULL, occurred_at TIMESTAMPTZ NOT NULL, "
        "office_day DATE NOT NULL, service_ids INTEGER[] NOT NULL, priority BOOLEAN NOT NULL, "
        "PRIMARY KEY (office_id, instance, seq))");
    create.commit();
  }
  // The sync's SELECT (central/sync_store.cpp), without its window and LIMIT: everything in one go.
  centre.prepare("changes",
                 "SELECT change_seq, code, day::text, start_s, array_to_string(service_ids, ','), "
                 "citizen_name, status = 'cancelled' FROM bookings WHERE office_id = 'loebau' AND "
                 "change_seq > $1 AND code IS NOT NULL ORDER BY change_seq");
  auto scratch = civiq::storage::Database::open(scratch_db);
  scratch.exec(
      "CREATE TABLE IF NOT EXISTS limit_appointments (code TEXT PRIMARY KEY, services TEXT NOT NULL, "
      "day TEXT NOT NULL, start_s INTEGER NOT NULL, name TEXT NOT NULL, cancelled INTEGER NOT NULL)");
  civiq::storage::Statement upsert{scratch,
                                   "INSERT INTO limit_appointments VALUES (:code, :services, :day, :start_s, :name, "
                                   ":cancelled) ON CONFLICT (code) DO UPDATE SET services = excluded.services, "
                                   "day = excluded.day, start_s = excluded.start_s, name = excluded.name, "
                                   "cancelled = excluded.cancelled"};
  auto branch = civiq::storage::Database::open(branch_db);
  civiq::storage::Statement events_select{
      branch, "SELECT seq, type, occurred_at FROM ticket_events ORDER BY seq DESC LIMIT :n"};

  BulkLimit out;
  for (int i = 0; i < repetitions; ++i) {
    auto start = Clock::now();
    const auto changes = read_changes(centre, cursor);
    out.read_changes_ms.push_back(ms_since(start));
    scratch.exec("DELETE FROM limit_appointments");  // the import stores new rows, not updates
    start = Clock::now();
    store_changes(scratch, upsert, changes);
    out.store_changes_ms.push_back(ms_since(start));
    start = Clock::now();
    const auto events = read_events(events_select, facts);
    out.read_events_ms.push_back(ms_since(start));
    start = Clock::now();
    store_facts(centre, events, i);
    out.store_facts_ms.push_back(ms_since(start));
  }
  return out;
}

}  // namespace civiq::bench
