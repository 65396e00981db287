// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "client_pool.hpp"

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

namespace civiq::bench {

void Tally::error(const std::string& what) {
  errors.fetch_add(1, std::memory_order_relaxed);
  const std::lock_guard lock(mutex_);
  if (first_error_.empty()) first_error_ = what;
}

std::string Tally::first_error() const {
  const std::lock_guard lock(mutex_);
  return first_error_;
}

void Tally::add_to(JsonObject& result) const {
  result.add("ok", ok.load()).add("errors", errors.load());
  if (const auto first = first_error(); !first.empty()) result.add("first_error", first);
}

Clock::duration run_clients(unsigned threads, int clients,
                            const std::function<boost::asio::awaitable<void>(int)>& make_client) {
  namespace asio = boost::asio;
  const int hint = static_cast<int>(std::max(threads, 1u));
  asio::io_context io(hint);
  std::exception_ptr failure;
  std::mutex failure_mutex;
  for (int i = 0; i < clients; ++i)
    asio::co_spawn(io, make_client(i), [&](std::exception_ptr e) {
      if (!e) return;
      const std::lock_guard lock(failure_mutex);
      if (!failure) failure = e;
    });
  const auto start = Clock::now();
  std::vector<std::thread> extra;
  for (unsigned t = 1; t < std::max(threads, 1u); ++t) extra.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& thread : extra) thread.join();
  const auto elapsed = Clock::now() - start;
  if (failure) std::rethrow_exception(failure);
  return elapsed;
}

}  // namespace civiq::bench
