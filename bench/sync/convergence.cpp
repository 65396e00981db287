// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "convergence.hpp"

#include <pqxx/pqxx>

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <thread>

#include "storage/database.hpp"
#include "storage/statement.hpp"

namespace civiq::bench {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kDeadline = std::chrono::seconds{120};
constexpr auto kSamplingPeriod = std::chrono::milliseconds{1};  // the probe's, not the sync's

std::int64_t single_int(civiq::storage::Database& db, const char* sql) {
  civiq::storage::Statement select{db, sql};
  const civiq::storage::Execution execution{select};
  return select.step() ? select.int64(0) : 0;
}

std::string single_text(civiq::storage::Database& db, const char* sql) {
  civiq::storage::Statement select{db, sql};
  const civiq::storage::Execution execution{select};
  return select.step() ? select.text(0) : std::string{};
}

// One direction of the convergence after the link is back (the branch pulling changes, or uploading
// facts): when its count first moved past where it stood, and when it reached its target. Both
// directions are timed alike, so the rule for "first" and "all" lives here once.
struct Progress {
  std::int64_t before;
  std::int64_t target;
  bool moved = false;
  bool arrived = false;
  double first_ms = 0;
  double all_ms = 0;

  // Reads the count (only until it arrived: each read is a query) and notes the milestones it passed.
  template <class Count, class Since>
  void sample(const Count& count, const Since& since) {
    if (arrived) return;
    const std::int64_t now = count();
    if (!moved && now > before) {
      moved = true;
      first_ms = since();
    }
    if (now >= target) {
      arrived = true;
      all_ms = since();
    }
  }
};

}  // namespace

void book_at_centre(const std::string& pg_uri, const std::string& prefix, int count) {
  pqxx::connection centre{pg_uri};
  // 200 a day over the five days from tomorrow (inside the branch's window of days it holds), one every
  // two minutes from 8:00; service 2, which the branch offers.
  centre.prepare("book",
                 "INSERT INTO bookings (office_id, day, start_s, length_s, service_ids, status, citizen_name, "
                 "code) VALUES ('loebau', current_date + 1 + $1::int / 200, 28800 + ($1::int % 200) * 120, 900, "
                 "'{2}', 'confirmed', 'outage ' || $2, $2)");
  for (int i = 0; i < count; ++i) {
    char code[16];
    std::snprintf(code, sizeof code, "%05X", i);
    pqxx::work book{centre};
    book.exec_prepared0("book", i, prefix + code);
    book.commit();
  }
}

Convergence until_converged(const std::string& pg_uri, const std::string& branch_db,
                            const std::function<std::int64_t()>& link_back) {
  pqxx::connection centre{pg_uri};
  auto branch = civiq::storage::Database::open(branch_db);
  const auto instance = single_text(branch, "SELECT id FROM instance");
  centre.prepare("facts", "SELECT count(*) FROM branch_facts WHERE office_id = 'loebau' AND instance = $1");
  const auto facts_at_centre = [&] {
    pqxx::work read{centre};
    return read.exec_prepared1("facts", instance)[0].as<std::int64_t>();
  };
  const auto cursor_at_branch = [&] {
    return single_int(branch, "SELECT coalesce(max(applied_seq), 0) FROM sync_cursor");
  };

  // Everything was committed while the line was down: these are the targets.
  const auto last_change = [&] {
    pqxx::work read{centre};
    return read.exec1("SELECT coalesce(max(last_seq), 0) FROM office_change_counters WHERE office_id = 'loebau'")[0]
        .as<std::int64_t>();
  }();
  const auto events = single_int(branch, "SELECT count(*) FROM ticket_events");
  const auto cursor_before = cursor_at_branch();
  const auto facts_before = facts_at_centre();
  Convergence out;
  out.cursor_before = cursor_before;
  out.changes = last_change - cursor_before;
  out.facts = events - facts_before;

  const Clock::time_point back{std::chrono::nanoseconds{link_back()}};
  const auto since = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - back).count(); };

  const auto give_up = Clock::now() + kDeadline;
  Progress pull{.before = cursor_before, .target = last_change};  // the changes, into the branch
  Progress upload{.before = facts_before, .target = events};      // the facts, into the centre
  while (!(pull.arrived && upload.arrived)) {
    if (Clock::now() > give_up)
      throw std::runtime_error("no convergence within 120 s: the branch's cursor is at " +
                               std::to_string(cursor_at_branch()) + " of " + std::to_string(last_change) +
                               ", the centre has " + std::to_string(facts_at_centre()) + " of " +
                               std::to_string(events) + " facts");
    pull.sample(cursor_at_branch, since);
    upload.sample(facts_at_centre, since);
    std::this_thread::sleep_for(kSamplingPeriod);
  }
  out.first_change_ms = pull.first_ms;
  out.all_changes_ms = pull.all_ms;
  out.first_fact_ms = upload.first_ms;
  out.all_facts_ms = upload.all_ms;
  return out;
}

}  // namespace civiq::bench
