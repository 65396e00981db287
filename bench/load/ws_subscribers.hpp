// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A crowd of WebSocket clients of GET /api/v1/events on loopback, shared by the event benchmarks
// (fanout: wall displays on `calls`; clerk-with-phones: phones on `ticket:<token>`). Each client
// opens its own path, waits for its snapshot and then reads every frame until stop(); a benchmark
// sees each frame after the snapshot through its callback. At most `connect_parallel` handshakes
// are in flight, so connecting 10,000 does not look like a SYN flood to the kernel.
//
// Invariant: once stop() has begun, no frame and no disconnect is reported any more.
// Thread rule: the callbacks run on the io threads, concurrently, and must be thread-safe. Each
// stream is used by one coroutine at a time (its connector, then its reader) and has no timer, so it
// needs no strand. start(), wait_connected(), stop() and the destructor belong to one owner thread.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include "latency.hpp"
#include "office_setup.hpp"

namespace civiq::bench {

struct SubscriberCallbacks {
  // A frame after the snapshot; `frame` is valid only during the call.
  std::function<void(std::size_t index, std::string_view frame, Clock::time_point at)> frame;
  // The connection broke while reading (not called for the closes of stop()).
  std::function<void(std::size_t index, const std::exception& error)> disconnected;
};

class WsSubscribers {
 public:
  // One client per path, e.g. "/api/v1/events?topics=calls"; `threads` io threads read them all.
  WsSubscribers(ServerTarget target, std::vector<std::string> paths, unsigned threads, SubscriberCallbacks callbacks);
  WsSubscribers(const WsSubscribers&) = delete;
  WsSubscribers& operator=(const WsSubscribers&) = delete;
  ~WsSubscribers();

  void start(int connect_parallel);
  // Blocks until every client has its snapshot or has failed, or until `deadline` has passed.
  void wait_connected(Clock::duration deadline);
  // Closes every socket and joins the io threads.
  void stop();

  [[nodiscard]] std::size_t size() const { return clients_.size(); }
  [[nodiscard]] int ready() const;
  [[nodiscard]] int failed() const;
  [[nodiscard]] std::string first_error() const;

  // Sleeps until neither a frame has arrived nor `since` has passed for `quiet` (at most 10 s): the
  // fan-out of the last change is over. `since` lets a caller count its own last request as noise.
  void wait_for_quiet(Clock::duration quiet, Clock::time_point since = {}) const;

 private:
  struct Client;
  boost::asio::awaitable<void> connect_next();
  boost::asio::awaitable<void> read_frames(std::size_t index);
  void note_failure(const std::string& what);

  ServerTarget target_;
  SubscriberCallbacks callbacks_;
  unsigned threads_count_;
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::vector<std::unique_ptr<Client>> clients_;
  std::vector<std::thread> threads_;
  std::atomic<std::size_t> next_connect_{0};
  std::atomic<bool> stopping_{false};
  std::atomic<Clock::rep> last_frame_{0};

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  int ready_ = 0;            // guarded by mutex_
  int failed_ = 0;           // guarded by mutex_
  std::string first_error_;  // guarded by mutex_
};

}  // namespace civiq::bench
