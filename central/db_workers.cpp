// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "db_workers.hpp"

namespace civiq::central {

DbWorkers::DbWorkers(const std::string& database_uri, unsigned count, std::size_t queue_limit)
    : queue_limit_(queue_limit) {
  for (unsigned i = 0; i < std::max(count, 1U); ++i) {
    stores_.push_back(std::make_unique<BookingStore>(database_uri));
    stores_.back()->migrate();  // the first migrates; the others only prepare their statements
  }
  for (auto& store : stores_) threads_.emplace_back([this, &store] { run(*store); });
}

DbWorkers::~DbWorkers() { stop(); }

void DbWorkers::stop() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& thread : threads_)
    if (thread.joinable()) thread.join();
}

bool DbWorkers::post(Task task) {
  {
    const std::lock_guard lock(mutex_);
    if (stopping_ || tasks_.size() >= queue_limit_) return false;
    tasks_.push_back(std::move(task));
  }
  wake_.notify_one();
  return true;
}

void DbWorkers::run(BookingStore& store) {
  for (;;) {
    Task task;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
      if (tasks_.empty()) return;  // stopping, and nothing left
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    task(store);
  }
}

}  // namespace civiq::central
