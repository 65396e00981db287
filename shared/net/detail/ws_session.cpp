// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// One WebSocket connection: handshake, a read loop that discards client messages (they only keep
// the connection alive), and a bounded, coalescing send queue with one write in flight.
#include "net/detail/ws_session.hpp"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <string>
#include <utility>

#include <boost/asio/post.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>

#include "net/detail/net_log.hpp"

namespace civiq::net::detail {
namespace {

namespace websocket = beast::websocket;

// Clients send only keep-alive chatter; anything larger is a misbehaving client.
constexpr std::size_t kIncomingMessageLimit = 16 * 1024;

class WsSession;

// What the app holds. It owns no Asio object, so it may outlive the session and the server.
// Invariant: forwards to the session only while both exist. Thread rule: any thread.
class PeerHandle final : public WebSocketPeer {
 public:
  PeerHandle(std::weak_ptr<WsSession> session, std::shared_ptr<LifetimeGate> gate)
      : session_(std::move(session)), gate_(std::move(gate)) {}

  void send(std::shared_ptr<const std::string> frame, std::string coalesce_key) override;
  void close() override;
  [[nodiscard]] bool is_open() const override { return open_.load(); }
  void mark_closed() { open_.store(false); }

 private:
  std::weak_ptr<WsSession> session_;
  std::shared_ptr<LifetimeGate> gate_;
  std::atomic<bool> open_{true};
};

// Invariant: at most one async_write is in flight and it writes queue_.front(); queue_ never
// holds more than queue_limit_ frames (the one in flight included) and at most one waiting frame
// per coalesce key; app.on_close runs exactly once iff app.on_open ran. Thread rule: every member
// is touched only on the socket's strand; post_send()/post_close()/shutdown() may be called from
// any thread and just post there.
class WsSession final : public Connection, public std::enable_shared_from_this<WsSession> {
 private:
  template <class Fn>
  void guarded(Fn&& fn) noexcept {
    run_guarded("websocket session", std::forward<Fn>(fn), [this] { finish_nothrow(); });
  }

  template <class... Args>
  auto bind_guarded(void (WsSession::*member)(Args...)) {
    return [self = shared_from_this(), member](Args... args) {
      self->guarded([&] { ((*self).*member)(args...); });
    };
  }

 public:
  WsSession(tcp::socket socket, ServerContext& context)
      : Connection(context.registry),
        context_(context),
        strand_(socket.get_executor()),
        ws_(std::move(socket)),
        queue_limit_(std::max<std::size_t>(1, context.options.ws_queue_limit)) {}

  // On the strand: complete the handshake for `upgrade`.
  void start(const BeastRequest& upgrade, HttpRequest request) {
    if (!registry().add(shared_from_this())) {
      return;  // the server is stopping
    }
    request_ = std::move(request);
    beast::get_lowest_layer(ws_).expires_never();  // the WebSocket timeouts take over
    auto timeouts = websocket::stream_base::timeout::suggested(beast::role_type::server);
    timeouts.idle_timeout = context_.options.ws_idle_timeout;
    ws_.set_option(timeouts);
    ws_.set_option(websocket::stream_base::decorator(
        [](websocket::response_type& response) { response.set(http::field::server, "civiq"); }));
    ws_.read_message_max(kIncomingMessageLimit);
    ws_.text(true);
    // Beast builds the handshake response right here, so `upgrade` need not outlive this call.
    ws_.async_accept(upgrade, bind_guarded(&WsSession::on_accept));
  }

  void post_send(std::shared_ptr<const std::string> frame, std::string key) {
    asio::post(strand_, [self = shared_from_this(), frame = std::move(frame),
                         key = std::move(key)]() mutable {
      self->guarded([&] { self->enqueue(std::move(frame), std::move(key)); });
    });
  }

  void post_close() {
    asio::post(strand_,
               [self = shared_from_this()] { self->guarded([&] { self->request_close(); }); });
  }

  void shutdown() override {
    asio::post(strand_, [self = shared_from_this()] {
      self->guarded([&] { self->finish(asio::error::operation_aborted); });
    });
  }

 private:
  struct Outgoing {
    std::shared_ptr<const std::string> frame;
    std::string key;
  };

  void on_accept(error_code ec) {
    if (finished_) {
      return;
    }
    if (ec) {
      return finish(ec);  // Beast has already answered a bad handshake with 400
    }
    opened_ = true;
    handle_ = std::make_shared<PeerHandle>(weak_from_this(), context_.gate);
    const HttpRequest request = std::move(request_);
    // Throwing from on_open ends the session (guarded -> finish -> on_close).
    context_.app.on_open(handle_, request);
    if (!finished_) {
      do_read();
    }
  }

  void do_read() { ws_.async_read(read_buffer_, bind_guarded(&WsSession::on_read)); }

  void on_read(error_code ec, std::size_t /*bytes*/) {
    if (finished_) {
      return;
    }
    if (ec) {
      return finish(ec);  // client close, timeout (no pong), reset...
    }
    read_buffer_.consume(read_buffer_.size());  // ignored: it only proved the client is alive
    do_read();
  }

  void enqueue(std::shared_ptr<const std::string> frame, std::string key) {
    if (finished_ || close_requested_) {
      return;
    }
    if (!key.empty()) {
      // The front frame is being written when writing_: it must not be touched.
      const auto first = queue_.begin() + (writing_ ? 1 : 0);
      const auto stale = std::find_if(first, queue_.end(),
                                      [&](const Outgoing& queued) { return queued.key == key; });
      if (stale != queue_.end()) {
        queue_.erase(stale);
      }
    }
    if (queue_.size() >= queue_limit_) {
      log_net_error("websocket", "send queue full; closing a slow peer");
      return finish(asio::error::operation_aborted);
    }
    queue_.push_back(Outgoing{std::move(frame), std::move(key)});
    do_write();
  }

  void do_write() {
    if (writing_ || queue_.empty() || finished_) {
      return;
    }
    writing_ = true;
    // The queue entry owns the frame until the write completes.
    ws_.async_write(asio::buffer(*queue_.front().frame), bind_guarded(&WsSession::on_write));
  }

  void on_write(error_code ec, std::size_t /*bytes*/) {
    writing_ = false;
    if (finished_) {
      return;
    }
    if (ec) {
      return finish(ec);
    }
    queue_.pop_front();
    if (close_requested_ && queue_.empty()) {
      return start_close();
    }
    do_write();
  }

  void request_close() {
    if (finished_ || close_requested_) {
      return;
    }
    close_requested_ = true;
    if (!writing_) {  // then the queue is empty: do_write runs whenever it is not
      start_close();
    }
  }

  void start_close() {
    ws_.async_close(websocket::close_code::normal, bind_guarded(&WsSession::on_closed));
  }

  void on_closed(error_code ec) { finish(ec); }

  // The single end of the session: close the socket (cancelling whatever is pending), drop the
  // queue and tell the app. Idempotent.
  void finish(error_code ec) {
    if (finished_) {
      return;
    }
    finished_ = true;
    log_unless_expected("websocket", ec);
    beast::get_lowest_layer(ws_).close();
    // Keep the frame being written alive until its (cancelled) write completes.
    queue_.erase(queue_.begin() + (writing_ && !queue_.empty() ? 1 : 0), queue_.end());
    if (opened_) {
      const auto handle = std::move(handle_);
      handle->mark_closed();  // before on_close: an app subscribing late sees that the peer is gone
      try {
        context_.app.on_close(*handle);
      } catch (const std::exception& e) {
        log_net_error("application on_close()", e.what());
      } catch (...) {
        log_net_error("application on_close()", "unknown exception");
      }
    }
  }

  void finish_nothrow() noexcept {
    try {
      finish(asio::error::operation_aborted);
    } catch (...) {
      finished_ = true;
    }
  }

  ServerContext& context_;
  const asio::any_io_executor strand_;
  websocket::stream<beast::tcp_stream> ws_;
  const std::size_t queue_limit_;
  beast::flat_buffer read_buffer_;
  std::deque<Outgoing> queue_;
  std::shared_ptr<PeerHandle> handle_;  // from on_open until on_close
  HttpRequest request_;                 // the upgrade request, until on_open
  bool writing_ = false;
  bool close_requested_ = false;
  bool opened_ = false;
  bool finished_ = false;
};

void PeerHandle::send(std::shared_ptr<const std::string> frame, std::string coalesce_key) {
  if (!frame) {
    return;
  }
  try {
    gate_->run_if_open([&] {
      if (const auto session = session_.lock()) {
        session->post_send(std::move(frame), std::move(coalesce_key));
      }
    });
  } catch (const std::exception& e) {  // allocation failure: the frame is lost, not the caller
    log_net_error("websocket send", e.what());
  }
}

void PeerHandle::close() {
  try {
    gate_->run_if_open([&] {
      if (const auto session = session_.lock()) {
        session->post_close();
      }
    });
  } catch (const std::exception& e) {
    log_net_error("websocket close", e.what());
  }
}

}  // namespace

void start_ws_session(tcp::socket socket, ServerContext& context, BeastRequest upgrade,
                      HttpRequest request) {
  std::make_shared<WsSession>(std::move(socket), context)->start(upgrade, std::move(request));
}

}  // namespace civiq::net::detail
