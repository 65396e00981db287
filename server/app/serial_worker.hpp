// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// SerialWorker: one thread that runs posted tasks in order, plus an optional periodic tick.
// The office's state lives on one such worker, so commands never race and SQLite writes never block
// the network threads. Thread rule: post() and stop() are thread-safe; tasks run on the worker only.
// An exception escaping a task is a bug: it is logged by the owner-supplied handler and the worker
// keeps running. Work that a client waits for is posted with a deadline (post_before): under a
// flood, what the worker reaches too late is answered "busy" at once instead of being done long
// after its client gave up, so the worker catches up and the server recovers.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>

namespace civiq::app {

class SerialWorker {
 public:
  using Task = std::function<void()>;
  using ErrorHandler = std::function<void(const char* what)>;

  SerialWorker(std::chrono::milliseconds tick_interval, Task tick, ErrorHandler on_error);
  ~SerialWorker();  // stops and joins
  SerialWorker(const SerialWorker&) = delete;
  SerialWorker& operator=(const SerialWorker&) = delete;

  using Clock = std::chrono::steady_clock;

  void post(Task task);
  // Runs `task`, or `on_late` instead when the worker reaches it after `deadline`.
  void post_before(Clock::time_point deadline, Task task, Task on_late);
  void stop();

 private:
  struct Entry {
    Task task;
    Clock::time_point deadline;
    Task on_late;  // empty: no deadline
  };

  void run();
  void run_guarded(const Task& task);

  std::chrono::milliseconds tick_interval_;
  Task tick_;
  ErrorHandler on_error_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Entry> tasks_;
  bool stopping_ = false;
  std::mutex join_mutex_;  // two concurrent stop() calls must not both join
  std::thread thread_;
  std::thread::id worker_id_;  // set once in the constructor, read without locks
};

// Runs `task` on `worker` and waits for its result (an exception it throws is thrown here), for a
// thread of its own that needs the office's state. Never from a task on `worker` itself.
template <class Task>
auto run_and_wait(SerialWorker& worker, Task task) {
  auto done = std::make_shared<std::promise<decltype(task())>>();
  auto result = done->get_future();
  worker.post([done, task = std::move(task)]() mutable {
    try {
      if constexpr (std::is_void_v<decltype(task())>) {
        task();
        done->set_value();
      } else {
        done->set_value(task());
      }
    } catch (...) {
      done->set_exception(std::current_exception());
    }
  });
  return result.get();
}

}  // namespace civiq::app
