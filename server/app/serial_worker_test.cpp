// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "app/serial_worker.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace civiq::app {
namespace {

using namespace std::chrono_literals;

// Waiting on a future is the synchronisation; the timeout only keeps a broken worker from hanging
// the test run.
constexpr auto kGiveUp = 10s;

constexpr auto kNoTick = std::chrono::hours{24};

void ignore_errors(const char*) {}

template <class T>
bool arrives(std::future<T>& future) {
  return future.wait_for(kGiveUp) == std::future_status::ready;
}

TEST_CASE("tasks run in the order posted, all on one worker thread that is not the caller's") {
  constexpr int kTasks = 1000;
  std::vector<int> order;
  std::vector<std::thread::id> threads;
  {
    SerialWorker worker(kNoTick, {}, ignore_errors);
    for (int i = 0; i < kTasks; ++i)
      worker.post([&order, &threads, i] {
        order.push_back(i);  // unsynchronised on purpose: only one thread may ever run tasks
        threads.push_back(std::this_thread::get_id());
      });
    worker.stop();  // joins: everything the worker wrote is visible afterwards
  }
  REQUIRE(order.size() == kTasks);
  for (int i = 0; i < kTasks; ++i) REQUIRE(order[static_cast<std::size_t>(i)] == i);
  CHECK(threads.front() != std::this_thread::get_id());
  for (const auto& id : threads) REQUIRE(id == threads.front());
}

TEST_CASE("tasks posted from several threads all run, each thread's in its own order") {
  constexpr int kPosters = 4;
  constexpr int kEach = 250;
  std::vector<std::vector<int>> seen(kPosters);
  SerialWorker worker(kNoTick, {}, ignore_errors);
  {
    std::vector<std::jthread> posters;
    for (int p = 0; p < kPosters; ++p)
      posters.emplace_back([&worker, &seen, p] {
        for (int i = 0; i < kEach; ++i) worker.post([&seen, p, i] { seen[static_cast<std::size_t>(p)].push_back(i); });
      });
  }  // posters joined: every post was accepted before stop()
  worker.stop();
  for (int p = 0; p < kPosters; ++p) {
    CAPTURE(p);
    const auto& mine = seen[static_cast<std::size_t>(p)];
    REQUIRE(mine.size() == kEach);
    for (int i = 0; i < kEach; ++i) REQUIRE(mine[static_cast<std::size_t>(i)] == i);
  }
}

TEST_CASE("the tick fires on the worker thread") {
  std::promise<std::thread::id> ticked;
  auto ticked_future = ticked.get_future();
  std::atomic<int> ticks{0};
  std::promise<std::thread::id> task_ran;
  auto task_future = task_ran.get_future();

  SerialWorker worker(
      1ms,
      [&] {
        if (ticks.fetch_add(1) == 0) ticked.set_value(std::this_thread::get_id());
      },
      ignore_errors);
  worker.post([&] { task_ran.set_value(std::this_thread::get_id()); });

  REQUIRE(arrives(ticked_future));
  REQUIRE(arrives(task_future));
  const auto tick_thread = ticked_future.get();
  CHECK(tick_thread == task_future.get());
  CHECK(tick_thread != std::this_thread::get_id());
  worker.stop();
  CHECK(ticks.load() >= 1);
}

TEST_CASE("the tick repeats") {
  constexpr int kWanted = 3;
  std::promise<void> enough;
  auto enough_future = enough.get_future();
  int ticks = 0;  // touched on the worker only
  SerialWorker worker(
      1ms,
      [&] {
        if (++ticks == kWanted) enough.set_value();
      },
      ignore_errors);
  for (int i = 0; i < 100; ++i) worker.post([] {});
  REQUIRE(arrives(enough_future));
  worker.stop();
}

TEST_CASE("an exception in a task reaches the error handler and the worker keeps running") {
  std::vector<std::string> errors;  // written on the worker, read after the last task's promise
  std::promise<void> after;
  auto after_future = after.get_future();
  SerialWorker worker(kNoTick, {}, [&](const char* what) { errors.emplace_back(what); });

  worker.post([] { throw std::runtime_error("disk full"); });
  worker.post([] { throw 42; });  // not a std::exception
  worker.post([&] { after.set_value(); });

  REQUIRE(arrives(after_future));
  CHECK(errors == std::vector<std::string>{"disk full", "unknown exception"});
  worker.stop();
}

TEST_CASE("an exception in the tick reaches the error handler and ticking goes on") {
  int ticks = 0;                    // worker only
  std::vector<std::string> errors;  // worker only until second_tick is set
  std::promise<void> second_tick;
  auto second_future = second_tick.get_future();
  SerialWorker worker(
      1ms,
      [&] {
        if (++ticks == 1) throw std::logic_error("tick failed");
        if (ticks == 2) second_tick.set_value();
      },
      [&](const char* what) { errors.emplace_back(what); });
  REQUIRE(arrives(second_future));
  CHECK(errors == std::vector<std::string>{"tick failed"});
  worker.stop();
}

TEST_CASE("work reached after its deadline runs its late handler instead; work in time runs") {
  std::vector<std::string> ran;
  std::promise<void> release;
  std::promise<void> done;
  {
    SerialWorker worker(kNoTick, {}, ignore_errors);
    // The worker is held busy while both are queued, so the outcome does not depend on timing:
    // one deadline has passed before anything was posted, the other is a day away.
    worker.post([gate = release.get_future().share()] { gate.wait(); });
    const auto now = SerialWorker::Clock::now();
    worker.post_before(now - 1ms, [&] { ran.emplace_back("late task"); }, [&] { ran.emplace_back("shed"); });
    worker.post_before(now + 24h, [&] { ran.emplace_back("task"); }, [&] { ran.emplace_back("wrongly shed"); });
    worker.post([&] { done.set_value(); });
    release.set_value();
    auto finished = done.get_future();
    REQUIRE(arrives(finished));
  }
  CHECK(ran == std::vector<std::string>{"shed", "task"});
}

TEST_CASE("stop() drains the tasks accepted before it and joins") {
  constexpr int kQueued = 200;
  std::promise<void> gate;
  std::shared_future<void> open = gate.get_future().share();
  std::vector<int> ran;
  bool late_ran = false;
  SerialWorker worker(kNoTick, {}, ignore_errors);

  // The first task holds the worker until every other task is queued, then stops the worker from
  // inside (stop() on the worker thread does not join itself) and posts once more.
  worker.post([&] {
    open.wait();
    worker.stop();
    worker.post([&] { late_ran = true; });
  });
  for (int i = 0; i < kQueued; ++i) worker.post([&ran, i] { ran.push_back(i); });
  gate.set_value();

  worker.stop();  // joins; the worker has exited when this returns
  REQUIRE(ran.size() == kQueued);
  for (int i = 0; i < kQueued; ++i) REQUIRE(ran[static_cast<std::size_t>(i)] == i);
  CHECK_FALSE(late_ran);
}

TEST_CASE("post after stop is ignored, and stop is idempotent") {
  bool ran = false;
  SerialWorker worker(kNoTick, {}, ignore_errors);
  worker.stop();
  worker.post([&] { ran = true; });
  worker.stop();
  CHECK_FALSE(ran);
}

TEST_CASE("the destructor drains and joins") {
  std::vector<int> ran;
  {
    SerialWorker worker(kNoTick, {}, ignore_errors);
    for (int i = 0; i < 50; ++i) worker.post([&ran, i] { ran.push_back(i); });
  }
  CHECK(ran.size() == 50);
}

}  // namespace
}  // namespace civiq::app
