// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Test-only helpers for civiq_net_tests: a scriptable HttpApplication, a server running on its own
// thread, and small synchronous Beast clients. Waits are bounded (kTestTimeout), never sleeps.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/stream.hpp>

#include "net/http_server.hpp"

namespace civiq::net::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;

inline constexpr std::chrono::seconds kTestTimeout{10};

// Echo app. Paths: "/deferred" parks the reply for the test; "/drop" drops it; "/throw" throws;
// "/json" answers JSON; anything else echoes the request as text. Upgrades to "/ws/forbidden"
// are refused with 403. Opened peers are kept forever (handles are cheap and must stay safe).
class TestApp final : public HttpApplication {
 public:
  using Reply = std::function<void(HttpResponse)>;

  void handle(HttpRequest request, Reply reply) override {
    if (request.path == "/deferred") {
      const std::lock_guard lock(mutex_);
      deferred_.push_back(std::move(reply));
      changed_.notify_all();
      return;
    }
    if (request.path == "/drop") {
      return;
    }
    if (request.path == "/throw") {
      throw std::runtime_error("handler failed");
    }
    if (request.path == "/json") {
      reply(HttpResponse{200, "application/json", R"({"ok":true})", {}});
      return;
    }
    std::string body = request.method + " " + request.path;
    for (const auto& [key, value] : request.query) {
      body += " [" + key + "=" + value + "]";
    }
    body += " from " + request.remote_address;
    if (const auto test_header = request.header("x-test")) {
      body += " x-test=" + std::string(*test_header);
    }
    body += " body=" + request.body;
    reply(HttpResponse{200, "text/plain", std::move(body), {{"X-Echo", "yes"}}});
  }

  void check_upgrade(const HttpRequest& request, UpgradeDecision decide) override {
    if (request.path == "/ws/forbidden") {
      return decide(HttpResponse{403, "application/json", R"({"error":"forbidden"})", {}});
    }
    if (request.path == "/ws/deferred") {
      const std::lock_guard lock(mutex_);
      deferred_upgrades_.push_back(std::move(decide));
      changed_.notify_all();
      return;
    }
    decide(std::nullopt);
  }

  void on_open(const std::shared_ptr<WebSocketPeer>& peer, const HttpRequest& request) override {
    if (on_open_hook) {
      on_open_hook(peer, request);
    }
    const std::lock_guard lock(mutex_);
    opened_.push_back(peer);
    changed_.notify_all();
  }

  void on_close(const WebSocketPeer& peer) override {
    const std::lock_guard lock(mutex_);
    ++close_counts_[&peer];
    changed_.notify_all();
  }

  // Runs on the session's strand inside on_open (set before connecting).
  std::function<void(const std::shared_ptr<WebSocketPeer>&, const HttpRequest&)> on_open_hook;

  Reply wait_for_deferred() {
    std::unique_lock lock(mutex_);
    if (!changed_.wait_for(lock, kTestTimeout, [&] { return !deferred_.empty(); })) {
      throw std::runtime_error("timed out waiting for a deferred request");
    }
    Reply reply = std::move(deferred_.front());
    deferred_.erase(deferred_.begin());
    return reply;
  }

  // Every upgrade to "/ws/deferred" waits here for the test's decision; this waits for n of them.
  std::vector<UpgradeDecision> wait_for_deferred_upgrades(std::size_t n) {
    std::unique_lock lock(mutex_);
    if (!changed_.wait_for(lock, kTestTimeout, [&] { return deferred_upgrades_.size() >= n; })) {
      throw std::runtime_error("timed out waiting for deferred upgrades");
    }
    return std::exchange(deferred_upgrades_, {});
  }

  // The n-th opened peer (0-based), waiting for it.
  std::shared_ptr<WebSocketPeer> wait_for_peer(std::size_t index) {
    std::unique_lock lock(mutex_);
    if (!changed_.wait_for(lock, kTestTimeout, [&] { return opened_.size() > index; })) {
      throw std::runtime_error("timed out waiting for a WebSocket peer");
    }
    return opened_[index];
  }

  bool wait_for_close(const WebSocketPeer* peer) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, kTestTimeout, [&] { return close_counts_.count(peer) > 0; });
  }

  int close_count(const WebSocketPeer* peer) {
    const std::lock_guard lock(mutex_);
    const auto it = close_counts_.find(peer);
    return it == close_counts_.end() ? 0 : it->second;
  }

  std::vector<std::shared_ptr<WebSocketPeer>> opened() {
    const std::lock_guard lock(mutex_);
    return opened_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Reply> deferred_;
  std::vector<UpgradeDecision> deferred_upgrades_;
  std::vector<std::shared_ptr<WebSocketPeer>> opened_;
  std::map<const WebSocketPeer*, int> close_counts_;
};

inline ServerOptions test_options() {
  ServerOptions options;
  options.port = 0;
  options.threads = 2;
  options.shutdown_grace = std::chrono::seconds{2};
  return options;
}

inline ServerOptions options_with(const std::function<void(ServerOptions&)>& change) {
  ServerOptions options = test_options();
  change(options);
  return options;
}

// An HttpServer running on its own thread; stop() on destruction checks that run() returns.
class RunningServer {
 public:
  explicit RunningServer(ServerOptions options = test_options())
      : server_(std::move(options), app), thread_([this] {
          server_.run();
          finished_.set_value();
        }) {}

  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  ~RunningServer() {
    if (thread_.joinable()) {
      stop_and_join();
    }
  }

  // True if run() returned within kTestTimeout.
  bool stop_and_join() {
    server_.stop();
    const bool returned = done_.wait_for(kTestTimeout) == std::future_status::ready;
    if (returned) {
      thread_.join();
    } else {
      thread_.detach();  // the test fails; do not hang in the destructor too
    }
    return returned;
  }

  // True if run() returned within kTestTimeout without a stop() from here (e.g. on a signal).
  bool wait_for_exit() { return done_.wait_for(kTestTimeout) == std::future_status::ready; }

  [[nodiscard]] std::uint16_t port() const { return server_.port(); }
  HttpServer& server() { return server_; }

  TestApp app;

 private:
  HttpServer server_;
  std::promise<void> finished_;
  std::future<void> done_ = finished_.get_future();
  std::thread thread_;
};

inline tcp::endpoint local(std::uint16_t port) {
  return {asio::ip::make_address_v4("127.0.0.1"), port};
}

using Response = http::response<http::string_body>;

// A synchronous HTTP/1.1 client on one connection.
class HttpClient {
 public:
  explicit HttpClient(std::uint16_t port) : stream_(io_) { stream_.connect(local(port)); }

  Response request(http::verb verb, const std::string& target, std::string body = {},
                   std::vector<std::pair<std::string, std::string>> headers = {}) {
    http::request<http::string_body> request{verb, target, 11};
    request.set(http::field::host, "127.0.0.1");
    for (const auto& [name, value] : headers) {
      request.set(name, value);
    }
    request.body() = std::move(body);
    request.prepare_payload();
    http::write(stream_, request);
    return read_response();
  }

  void write_raw(std::string_view bytes) { asio::write(stream_, asio::buffer(bytes)); }

  Response read_response() {
    Response response;
    http::read(stream_, buffer_, response);
    return response;
  }

  // Reads until the server closes the connection; returns the error that ended the read.
  error_code read_until_closed() {
    error_code ec;
    char sink[4096];
    while (!ec) {
      stream_.socket().read_some(asio::buffer(sink), ec);
    }
    return ec;
  }

  tcp::socket& socket() { return stream_.socket(); }

 private:
  asio::io_context io_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
};

// A synchronous WebSocket client. With a small receive_buffer it makes a good slow reader.
class WsClient {
 public:
  explicit WsClient(std::uint16_t port, const std::string& target = "/ws",
                    std::optional<int> receive_buffer = std::nullopt)
      : ws_(io_) {
    auto& socket = ws_.next_layer();
    socket.open(tcp::v4());
    if (receive_buffer) {
      socket.set_option(asio::socket_base::receive_buffer_size(*receive_buffer));
    }
    socket.connect(local(port));
    ws_.handshake(handshake_response_, "127.0.0.1", target, handshake_error_);
    ws_.read_message_max(0);  // no limit: tests send big frames on purpose
  }

  [[nodiscard]] const error_code& handshake_error() const { return handshake_error_; }
  [[nodiscard]] const websocket::response_type& handshake_response() const {
    return handshake_response_;
  }

  std::string read_text() {
    beast::flat_buffer buffer;
    ws_.read(buffer);
    return beast::buffers_to_string(buffer.data());
  }

  // Reads until the connection ends; returns the error that ended it.
  error_code read_until_closed() {
    error_code ec;
    while (!ec) {
      beast::flat_buffer buffer;
      ws_.read(buffer, ec);
    }
    return ec;
  }

  void write_text(const std::string& message) { ws_.write(asio::buffer(message)); }

  void close() { ws_.close(websocket::close_code::normal); }

 private:
  asio::io_context io_;
  websocket::stream<tcp::socket> ws_;
  websocket::response_type handshake_response_;
  error_code handshake_error_;
};

}  // namespace civiq::net::testing
