// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The branches' long polls (issue #16, docs/sync.md): a pull that finds nothing new waits here
// until its office's appointments change or its deadline passes, instead of the branch asking
// again every few seconds. Nobody waits on a thread: a parked pull is two callbacks, and whoever
// learns of a change (ChangeListener, from PostgreSQL's NOTIFY) wakes the office's pulls, which
// then query again on a database worker.
//
// No change is lost between a pull's query and its parking: a pull reads the office's generation
// before it queries, and park() refuses (the pull queries again at once) when a change came in
// since. Thread rule: every method may be called from any thread; callbacks run on the caller's
// thread, outside the lock.
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace civiq::central {

class SyncWaiters {
 public:
  using Clock = std::chrono::steady_clock;

  struct Waiter {
    Clock::time_point deadline;
    std::function<void()> wake;      // the office changed: query again
    std::function<void()> time_out;  // nothing changed in time (or the pull was pushed out): answer empty
  };

  // An office keeps at most `per_office` parked pulls: a branch that reconnects again and again
  // (its old sockets not yet noticed dead) pushes out its oldest, never piles up.
  explicit SyncWaiters(std::size_t per_office = 4);

  // How many changes of `office` were announced so far; read it before querying.
  [[nodiscard]] std::uint64_t generation(const std::string& office);
  // Parks `waiter` unless `office` changed since `seen` (then false, and nothing is kept).
  [[nodiscard]] bool park(const std::string& office, std::uint64_t seen, Waiter waiter);
  // `office` changed: its parked pulls are woken.
  void changed(const std::string& office);
  // Changes may have been missed (the listener lost its connection): every parked pull is woken.
  void changed_everywhere();
  // Times out the pulls whose deadline is past.
  void expire(Clock::time_point now);
  // Times out every parked pull (the server is stopping: each branch gets its answer now).
  void time_out_all();
  [[nodiscard]] std::size_t parked();

 private:
  std::uint64_t generation_locked(const std::string& office) const;

  std::size_t per_office_;
  std::mutex mutex_;
  std::uint64_t everywhere_ = 0;  // changed_everywhere() counts for every office, also unseen ones
  std::map<std::string, std::uint64_t> generations_;
  std::map<std::string, std::vector<Waiter>> waiting_;
};

}  // namespace civiq::central
