// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// civiq-central's periodic chores, at start and then every hour, run on a database worker:
// retention (BookingStore::forget_personal_data for what is older than the configured days).
// Thread rule: construct and destroy on one thread.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "db_workers.hpp"

namespace civiq::central {

class Chores {
 public:
  using Clock = std::function<domain::TimePoint()>;
  Chores(DbWorkers& workers, std::chrono::days retention, Clock clock,
         std::chrono::milliseconds every = std::chrono::hours{1});
  ~Chores();
  Chores(const Chores&) = delete;
  Chores& operator=(const Chores&) = delete;

 private:
  void run_once();

  DbWorkers& workers_;
  std::chrono::days retention_;
  Clock clock_;
  std::chrono::milliseconds every_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace civiq::central
