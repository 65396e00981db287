// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "serial_worker.hpp"

#include <exception>

namespace civiq::app {

SerialWorker::SerialWorker(std::chrono::milliseconds tick_interval, Task tick, ErrorHandler on_error)
    : tick_interval_(tick_interval), tick_(std::move(tick)), on_error_(std::move(on_error)), thread_([this] { run(); }) {
  worker_id_ = thread_.get_id();
}

SerialWorker::~SerialWorker() { stop(); }

void SerialWorker::post(Task task) { post_before(Clock::time_point::max(), std::move(task), {}); }

void SerialWorker::post_before(Clock::time_point deadline, Task task, Task on_late) {
  {
    const std::lock_guard lock(mutex_);
    if (stopping_) return;
    tasks_.push_back({std::move(task), deadline, std::move(on_late)});
  }
  wake_.notify_one();
}

void SerialWorker::stop() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (std::this_thread::get_id() == worker_id_) return;  // a task stopping its own worker cannot join it
  const std::lock_guard lock(join_mutex_);
  if (thread_.joinable()) thread_.join();
}

void SerialWorker::run_guarded(const Task& task) {
  try {
    task();
  } catch (const std::exception& error) {
    on_error_(error.what());
  } catch (...) {
    on_error_("unknown exception");
  }
}

void SerialWorker::run() {
  auto next_tick = Clock::now() + tick_interval_;
  for (;;) {
    Entry entry;
    {
      std::unique_lock lock(mutex_);
      wake_.wait_until(lock, next_tick, [this] { return stopping_ || !tasks_.empty(); });
      // Drain what was accepted before stop() so no reply callback is lost.
      if (tasks_.empty() && stopping_) return;
      if (!tasks_.empty()) {
        entry = std::move(tasks_.front());
        tasks_.pop_front();
      }
    }
    if (entry.task) run_guarded(entry.on_late && Clock::now() > entry.deadline ? entry.on_late : entry.task);
    if (tick_ && Clock::now() >= next_tick) {
      run_guarded(tick_);
      next_tick = Clock::now() + tick_interval_;
    }
  }
}

}  // namespace civiq::app
