// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A few threads, each with its own BookingStore (its own PostgreSQL connection), that run the
// booking work the network threads hand them: a network thread never waits for the database, and
// the database sees several transactions at once (its locks, not this process, decide who gets
// the last desk). The queue is bounded: when it is full, post() says no and the caller answers 503.
// Thread rule: post() from any thread; construct and destroy on one.
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "booking_store.hpp"

namespace civiq::central {

class DbWorkers {
 public:
  using Task = std::function<void(BookingStore&)>;

  // Opens `count` connections (the first one migrates the database) before any thread starts, so
  // a database that cannot be reached fails the start, not the first citizen.
  DbWorkers(const std::string& database_uri, unsigned count, std::size_t queue_limit);
  // Runs what is queued, then joins the threads (stop()).
  ~DbWorkers();
  DbWorkers(const DbWorkers&) = delete;
  DbWorkers& operator=(const DbWorkers&) = delete;

  // Queues `task`; false (and nothing queued) when the queue is full or the workers are stopping.
  // A task must not throw; it answers its caller itself.
  [[nodiscard]] bool post(Task task);

  // Takes no more tasks, runs what is queued and joins the threads. main calls it once the server
  // stopped, while everything the queued tasks use (the API, the outbox, the chores) still exists.
  void stop();

 private:
  void run(BookingStore& store);

  std::vector<std::unique_ptr<BookingStore>> stores_;
  std::size_t queue_limit_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Task> tasks_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace civiq::central
