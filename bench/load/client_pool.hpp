// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What the closed-loop HTTP benchmarks (issue, status) share: N client coroutines on one io_context
// run by `threads` threads, each on its own keep-alive connection, sending its next request as soon
// as the previous reply is in. Thread rule: Tally is shared by all clients (atomics, a mutex); each
// client owns its own LatencyRecorder.
#include <atomic>
#include <functional>
#include <mutex>
#include <string>

#include <boost/asio/awaitable.hpp>

#include "json_writer.hpp"
#include "latency.hpp"

namespace civiq::bench {

struct Tally {
  std::atomic<long> ok{0};
  std::atomic<long> errors{0};

  void error(const std::string& what);
  [[nodiscard]] std::string first_error() const;
  void add_to(JsonObject& result) const;

 private:
  mutable std::mutex mutex_;
  std::string first_error_;  // guarded by mutex_
};

// Starts make_client(0 .. clients-1) as coroutines, runs them on `threads` threads until all have
// returned, and returns the wall time from the start to the last one's end.
Clock::duration run_clients(unsigned threads, int clients,
                            const std::function<boost::asio::awaitable<void>(int)>& make_client);

}  // namespace civiq::bench
