// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-load sqlite-baseline: the physical limit for ticket issue. A bare INSERT loop into a table
// shaped like ticket_events (same columns, constraints and indexes as migration 0001), with the
// settings civiq uses (journal_mode=WAL, synchronous=FULL) and one transaction per insert, in a
// database file in --dir, which bench/run puts on the same disk as the server's database.
//
// With W writers, each has its own connection and thread, and they take turns through a FIFO lock:
// SQLite allows one writer at a time, and its busy handler would make waiting writers sleep and
// poll (1, 2, 5 … 100 ms), which measures the sleeps instead of the disk. Queuing in order is what
// civiq's single office worker does with concurrent requests, so both sides queue the same way.
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "benches.hpp"

namespace civiq::bench {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS ticket_events (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  office_id       TEXT    NOT NULL,
  office_day      TEXT    NOT NULL CHECK (office_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  ticket_id       INTEGER,
  type            TEXT    NOT NULL CHECK (type <> ''),
  actor           TEXT    NOT NULL,
  payload         TEXT    NOT NULL CHECK (json_valid(payload)),
  occurred_at     INTEGER NOT NULL,
  idempotency_key TEXT    UNIQUE
) STRICT;
CREATE INDEX IF NOT EXISTS ticket_events_by_office_day ON ticket_events (office_id, office_day, seq);
CREATE INDEX IF NOT EXISTS ticket_events_by_ticket ON ticket_events (ticket_id);
CREATE INDEX IF NOT EXISTS ticket_events_by_type ON ticket_events (office_id, type, seq);
)sql";

constexpr const char* kInsert =
    "INSERT INTO ticket_events (office_id, office_day, ticket_id, type, actor, payload, occurred_at, idempotency_key) "
    "VALUES ('bench', ?1, ?2, 'ticket_issued', 'device:kiosk-bench', ?3, ?4, ?5)";

// Hands the lock out in the order it was asked for, waking only the next writer: on a machine whose
// idle CPUs are slow to wake (a VM), waking every waiter at each hand-off keeps CPUs busy during the
// next fsync and makes it look faster than it is for a single writer thread such as civiq's.
class FifoLock {
 public:
  void lock() {
    std::unique_lock guard(mutex_);
    if (!held_) {
      held_ = true;
      return;
    }
    Waiter me;
    waiters_.push_back(&me);
    me.wake.wait(guard, [&] { return me.granted; });
  }
  void unlock() {
    const std::lock_guard guard(mutex_);
    if (waiters_.empty()) {
      held_ = false;
      return;
    }
    Waiter* next = waiters_.front();
    waiters_.pop_front();
    next->granted = true;  // the lock passes straight to it: held_ stays true
    next->wake.notify_one();
  }

 private:
  struct Waiter {
    std::condition_variable wake;
    bool granted = false;
  };
  std::mutex mutex_;
  bool held_ = false;              // guarded by mutex_
  std::deque<Waiter*> waiters_;    // guarded by mutex_
};

class Connection {
 public:
  explicit Connection(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
      fail("open " + path);
    sqlite3_busy_timeout(db_, 5000);
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA journal_mode = WAL");
  }
  ~Connection() {
    if (insert_) sqlite3_finalize(insert_);
    sqlite3_close_v2(db_);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void exec(const char* sql) {
    if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(sql);
  }

  std::string text(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK) fail(sql);
    std::string value;
    if (sqlite3_step(stmt) == SQLITE_ROW) value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return value;
  }

  // One autocommit INSERT: its own transaction, on disk (WAL fsync) before it returns.
  void insert(const std::string& day, std::int64_t ticket, const std::string& payload, const std::string& key) {
    if (!insert_ && sqlite3_prepare_v2(db_, kInsert, -1, &insert_, nullptr) != SQLITE_OK) fail("prepare insert");
    sqlite3_bind_text(insert_, 1, day.c_str(), static_cast<int>(day.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(insert_, 2, ticket);
    sqlite3_bind_text(insert_, 3, payload.c_str(), static_cast<int>(payload.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(insert_, 4, static_cast<std::int64_t>(std::time(nullptr)));
    sqlite3_bind_text(insert_, 5, key.c_str(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(insert_);
    sqlite3_reset(insert_);
    if (rc != SQLITE_DONE) fail("insert");
  }

 private:
  [[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error("sqlite-baseline: " + what + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory"));
  }

  sqlite3* db_ = nullptr;
  sqlite3_stmt* insert_ = nullptr;
};

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
  return text;
}

// About the size of a ticket_issued event's payload.
std::string payload_for(std::int64_t ticket) {
  const auto n = std::to_string(ticket);
  return R"({"ticket":)" + n + R"(,"number":"A)" + n + R"(","services":[1],"language":"de","priority":false,)" +
         R"("appointment":null,"token":"Qm9iYmVuY2htYXJrLXRva2VuLWJ5dGVzLTAwMDAwMDAw)" + n + R"("})";
}

}  // namespace

JsonObject run_sqlite_baseline(const BaselineOptions& options) {
  namespace fs = std::filesystem;
  if (options.dir.empty()) throw std::runtime_error("sqlite-baseline: --dir is required");
  const auto path = (fs::path(options.dir) / ("sqlite-baseline-" + std::to_string(getpid()) + ".db")).string();
  const auto day = today();
  std::string journal_mode, synchronous;
  {
    Connection setup(path);
    setup.exec(kSchema);
    journal_mode = setup.text("PRAGMA journal_mode");
    synchronous = setup.text("PRAGMA synchronous");
    for (int i = 0; i < options.warmup; ++i) setup.insert(day, -1 - i, payload_for(i), "warm-" + std::to_string(i));
  }

  FifoLock turn;
  std::atomic<int> next{0};
  std::vector<LatencyRecorder> latency(static_cast<std::size_t>(options.writers));
  std::vector<std::string> errors(static_cast<std::size_t>(options.writers));
  std::vector<std::thread> writers;
  const auto start = Clock::now();
  for (int w = 0; w < options.writers; ++w) {
    writers.emplace_back([&, w] {
      auto& recorder = latency[static_cast<std::size_t>(w)];
      try {
        Connection conn(path);
        for (int i = next++; i < options.inserts; i = next++) {
          const auto payload = payload_for(i);
          const auto key = "kiosk-bench:" + std::to_string(i);
          const auto begin = Clock::now();
          turn.lock();
          try {
            conn.insert(day, i, payload, key);
          } catch (...) {
            turn.unlock();
            throw;
          }
          turn.unlock();
          recorder.add(Clock::now() - begin);
        }
      } catch (const std::exception& e) {
        errors[static_cast<std::size_t>(w)] = e.what();
      }
    });
  }
  for (auto& thread : writers) thread.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();

  LatencyRecorder all;
  for (const auto& r : latency) all.merge(r);
  if (!options.keep)
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  JsonObject result;
  result.add("bench", "sqlite-baseline").add("writers", options.writers).add("inserts", options.inserts);
  result.add("ok", all.size());
  for (const auto& e : errors)
    if (!e.empty()) {
      result.add("first_error", e);
      break;
    }
  result.add("journal_mode", journal_mode).add("synchronous", synchronous).add("db", path);
  result.add("seconds", seconds).add("per_s", static_cast<double>(all.size()) / seconds);
  result.add("latency_ms", all.summary());
  std::cerr << "sqlite-baseline: " << options.writers << " writers, " << all.size() << " inserts in " << seconds
            << " s\n";
  return result;
}

}  // namespace civiq::bench
