// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The only Beast in the generator is here (the WebSocket client).
#include "ws_subscribers.hpp"

#include <algorithm>
#include <chrono>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket/stream.hpp>

namespace civiq::bench {
namespace {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
using namespace std::chrono_literals;

constexpr auto kQuietLimit = 10s;  // give up waiting for silence after this long

}  // namespace

struct WsSubscribers::Client {
  Client(const asio::any_io_executor& executor, std::string target_path) : ws(executor), path(std::move(target_path)) {}
  websocket::stream<tcp::socket> ws;
  beast::flat_buffer buffer;
  std::string path;
};

WsSubscribers::WsSubscribers(ServerTarget target, std::vector<std::string> paths, unsigned threads,
                             SubscriberCallbacks callbacks)
    : target_(std::move(target)),
      callbacks_(std::move(callbacks)),
      threads_count_(std::max(threads, 1u)),
      io_(static_cast<int>(threads_count_)),
      work_(io_.get_executor()) {
  clients_.reserve(paths.size());
  for (auto& path : paths) clients_.push_back(std::make_unique<Client>(io_.get_executor(), std::move(path)));
}

WsSubscribers::~WsSubscribers() { stop(); }

void WsSubscribers::start(int connect_parallel) {
  const auto connectors = std::min<std::size_t>(static_cast<std::size_t>(std::max(connect_parallel, 1)), clients_.size());
  for (std::size_t c = 0; c < connectors; ++c) asio::co_spawn(io_, connect_next(), [](const std::exception_ptr&) {});
  for (unsigned t = 0; t < threads_count_; ++t) threads_.emplace_back([this] { io_.run(); });
}

void WsSubscribers::wait_connected(Clock::duration deadline) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, deadline,
                    [&] { return static_cast<std::size_t>(ready_ + failed_) >= clients_.size(); });
}

void WsSubscribers::stop() {
  if (stopping_.exchange(true)) return;
  work_.reset();
  // Closing each socket on the io threads aborts its pending read; the readers then end and run() returns.
  for (auto& client : clients_)
    asio::post(io_, [c = client.get()] {
      boost::system::error_code ignored;
      c->ws.next_layer().close(ignored);
    });
  for (auto& thread : threads_) thread.join();
  threads_.clear();
}

int WsSubscribers::ready() const {
  const std::lock_guard lock(mutex_);
  return ready_;
}

int WsSubscribers::failed() const {
  const std::lock_guard lock(mutex_);
  return failed_;
}

std::string WsSubscribers::first_error() const {
  const std::lock_guard lock(mutex_);
  return first_error_;
}

void WsSubscribers::wait_for_quiet(Clock::duration quiet, Clock::time_point since) const {
  const auto give_up = Clock::now() + kQuietLimit;
  for (;;) {
    const auto now = Clock::now();
    const Clock::time_point frame{Clock::duration{last_frame_.load(std::memory_order_relaxed)}};
    const auto last = std::max(frame, since);
    if (now - last >= quiet || now >= give_up) return;
    std::this_thread::sleep_for(std::min<Clock::duration>(quiet - (now - last), 5ms));
  }
}

void WsSubscribers::note_failure(const std::string& what) {
  {
    const std::lock_guard lock(mutex_);
    ++failed_;
    if (first_error_.empty()) first_error_ = what;
  }
  changed_.notify_all();
}

asio::awaitable<void> WsSubscribers::connect_next() {
  for (auto i = next_connect_++; i < clients_.size(); i = next_connect_++) {
    if (stopping_) co_return;
    auto& c = *clients_[i];
    try {
      co_await c.ws.next_layer().async_connect(target_.endpoint, asio::use_awaitable);
      c.ws.next_layer().set_option(tcp::no_delay(true));
      co_await c.ws.async_handshake(target_.host, c.path, asio::use_awaitable);
      co_await c.ws.async_read(c.buffer, asio::use_awaitable);  // the snapshot
      c.buffer.consume(c.buffer.size());
      {
        const std::lock_guard lock(mutex_);
        ++ready_;
      }
      changed_.notify_all();
      asio::co_spawn(io_, read_frames(i), [](const std::exception_ptr&) {});
    } catch (const std::exception& e) {
      if (!stopping_) note_failure(std::string("subscribe: ") + e.what());
    }
  }
}

asio::awaitable<void> WsSubscribers::read_frames(std::size_t index) {
  auto& c = *clients_[index];
  try {
    for (;;) {
      co_await c.ws.async_read(c.buffer, asio::use_awaitable);
      const auto now = Clock::now();
      last_frame_.store(now.time_since_epoch().count(), std::memory_order_relaxed);
      if (callbacks_.frame)
        callbacks_.frame(index, {static_cast<const char*>(c.buffer.data().data()), c.buffer.size()}, now);
      c.buffer.consume(c.buffer.size());
    }
  } catch (const std::exception& e) {
    if (!stopping_ && callbacks_.disconnected) callbacks_.disconnected(index, e);
  }
}

}  // namespace civiq::bench
