// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// One HTTP/1.1 connection: reads one request at a time (bounded header, body and time), hands it
// to the app, writes the reply, keeps the connection alive, and hands WebSocket upgrades over to
// ws_session.
#include "net/detail/http_session.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <exception>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include "net/detail/json_error.hpp"
#include "net/detail/net_log.hpp"
#include "net/detail/reply_slot.hpp"
#include "net/detail/request_conversion.hpp"
#include "net/detail/ws_session.hpp"

namespace civiq::net::detail {
namespace {

// After answering with `Connection: close` we half-close and keep reading (discarding) for a
// while, so that unread request bytes do not make the kernel reset the connection before the
// client has read our answer (e.g. a 413 sent before the body arrived).
constexpr std::chrono::seconds kLingerTimeout{2};
constexpr std::size_t kLingerMaxBytes = 1024 * 1024;
constexpr std::size_t kLingerChunk = 16 * 1024;
constexpr unsigned kDefaultHttpVersion = 11;
using protocol::ErrorCode;

std::string remote_address_of(const tcp::socket& socket) {
  error_code ec;
  const auto endpoint = socket.remote_endpoint(ec);
  if (ec) {
    return {};
  }
  const auto address = endpoint.address();
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    return asio::ip::make_address_v4(asio::ip::v4_mapped, address.to_v6()).to_string();
  }
  return address.to_string();
}

std::uint32_t to_header_limit(std::size_t limit) {
  return static_cast<std::uint32_t>(
      std::min<std::size_t>(limit, std::numeric_limits<std::uint32_t>::max()));
}

// A WebSocket upgrade request while the app decides on it.
struct PendingUpgrade {
  BeastRequest beast_request;
  HttpRequest request;
};

// Invariant: state_ says which single operation is outstanding; every member is touched only on
// the socket's strand (strand_), except strand_ itself (const). While the app owes a reply the
// session keeps itself alive through self_; the reply callback only holds a weak_ptr, so a
// callback the app keeps longer never pins a socket.
class HttpSession final : public Connection,
                          public ReplySink,
                          public std::enable_shared_from_this<HttpSession> {
 private:
  // No exception may escape a completion handler: log it and drop the connection.
  template <class Fn>
  void guarded(Fn&& fn) noexcept {
    run_guarded("http session", std::forward<Fn>(fn), [this] { close_nothrow(); });
  }

  // A completion handler that keeps the session alive and calls `member` guarded.
  template <class... Args>
  auto bind_guarded(void (HttpSession::*member)(Args...)) {
    return [self = shared_from_this(), member](Args... args) {
      self->guarded([&] { ((*self).*member)(args...); });
    };
  }

 public:
  HttpSession(tcp::socket socket, ServerContext& context)
      : Connection(context.registry),
        context_(context),
        strand_(socket.get_executor()),
        remote_address_(remote_address_of(socket)),
        stream_(std::move(socket)),
        grace_timer_(strand_) {}

  void start() {
    if (!registry().add(shared_from_this())) {
      return;  // the server is stopping: the socket closes with us
    }
    asio::dispatch(strand_,
                   [self = shared_from_this()] { self->guarded([&] { self->do_read(); }); });
  }

  void shutdown() override {
    asio::post(strand_,
               [self = shared_from_this()] { self->guarded([&] { self->on_shutdown(); }); });
  }

  // Any thread: bring the app's reply to request number `seq` onto the strand.
  void post_reply(std::uint64_t seq, std::optional<HttpResponse> response) override {
    asio::post(strand_, [self = shared_from_this(), seq, reply = std::move(response)]() mutable {
      self->guarded([&] { self->deliver(seq, std::move(reply)); });
    });
  }

 private:
  enum class State { reading, awaiting_reply, writing, lingering, closed };

  void do_read() {
    state_ = State::reading;
    version_ = kDefaultHttpVersion;
    parser_.emplace();
    parser_->body_limit(context_.options.body_limit);
    parser_->header_limit(to_header_limit(context_.options.header_limit));
    // One deadline for the whole request (header, 100-continue, body): slowloris gets dropped.
    stream_.expires_after(context_.options.read_timeout);
    http::async_read_header(stream_, buffer_, *parser_, bind_guarded(&HttpSession::on_header));
  }

  void on_header(error_code ec, std::size_t /*bytes*/) {
    if (state_ == State::closed) {
      return;
    }
    if (ec) {
      return on_read_error(ec);
    }
    const auto& request = parser_->get();
    version_ = request.version();
    // RFC 9112 §6.1: a request whose transfer coding is not chunked has no length we can know.
    // Reading no body would run the body as a second request (a building block of smuggling
    // behind a proxy): refuse it and close.
    if (request.count(http::field::transfer_encoding) > 0 && !parser_->chunked()) {
      return reply_error_and_close(ErrorCode::BadRequest, "unsupported Transfer-Encoding");
    }
    if (!parser_->is_done() && beast::iequals(request[http::field::expect], "100-continue")) {
      continue_.emplace(http::status::continue_, version_);
      http::async_write(stream_, *continue_, bind_guarded(&HttpSession::on_continue_sent));
      return;
    }
    read_body();
  }

  void on_continue_sent(error_code ec, std::size_t /*bytes*/) {
    if (state_ == State::closed) {
      return;
    }
    if (ec) {
      log_unless_expected("http write 100-continue", ec);
      return close_now();
    }
    read_body();
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_, bind_guarded(&HttpSession::on_read));
  }

  void on_read(error_code ec, std::size_t /*bytes*/) {
    if (state_ == State::closed) {
      return;
    }
    if (ec) {
      return on_read_error(ec);
    }
    stream_.expires_never();
    BeastRequest request = parser_->release();
    keep_alive_ = request.keep_alive();
    head_request_ = request.method() == http::verb::head;
    if (beast::websocket::is_upgrade(request)) {
      return handle_upgrade(std::move(request));
    }
    auto converted = to_http_request(std::move(request), remote_address_);
    if (!converted) {
      return reply_error_and_close(ErrorCode::BadRequest, "invalid request target");
    }
    dispatch_to_app(std::move(*converted));
  }

  void on_read_error(error_code ec) {
    if (ec == http::error::body_limit) {
      return reply_error_and_close(
          ErrorCode::PayloadTooLarge,
          "request body exceeds " + std::to_string(context_.options.body_limit) + " bytes");
    }
    if (ec == http::error::header_limit || ec == http::error::buffer_overflow) {
      return reply_error_and_close(
          ErrorCode::HeadersTooLarge,
          "request header exceeds " + std::to_string(context_.options.header_limit) + " bytes");
    }
    if (is_normal_disconnect(ec)) {
      return close_now();  // peer gone, idle keep-alive ended, read timeout, or our own stop
    }
    if (is_client_protocol_error(ec)) {
      return reply_error_and_close(ErrorCode::BadRequest, "malformed HTTP request");
    }
    log_net_error("http read", ec);
    close_now();
  }

  // The app decides asynchronously (it may need its worker): no network thread ever waits for it.
  void handle_upgrade(BeastRequest request) {
    auto converted = to_http_request(request, remote_address_);
    if (!converted) {
      return reply_error_and_close(ErrorCode::BadRequest, "invalid request target");
    }
    upgrade_.emplace(PendingUpgrade{std::move(request), *converted});
    const auto slot = await_reply();
    try {
      context_.app.check_upgrade(std::move(*converted), [slot](std::optional<HttpResponse> refusal) {
        slot->fulfil(std::move(refusal));
      });
    } catch (const std::exception& e) {
      log_net_error("application check_upgrade()", e.what());
      slot->fulfil(internal_error_response());
    } catch (...) {
      log_net_error("application check_upgrade()", "unknown exception");
      slot->fulfil(internal_error_response());
    }
  }

  void accept_upgrade() {
    state_ = State::closed;  // the socket now belongs to the WebSocket session
    auto upgrade = std::move(*upgrade_);
    upgrade_.reset();
    start_ws_session(stream_.release_socket(), context_, std::move(upgrade.beast_request),
                     std::move(upgrade.request));
  }

  // The session waits for the app; the slot's callback holds only a weak_ptr to it.
  std::shared_ptr<ReplySlot> await_reply() {
    state_ = State::awaiting_reply;
    self_ = shared_from_this();
    return std::make_shared<ReplySlot>(std::weak_ptr<ReplySink>(shared_from_this()), context_.gate,
                                       ++request_seq_);
  }

  void dispatch_to_app(HttpRequest request) {
    const auto slot = await_reply();
    try {
      context_.app.handle(std::move(request),
                          [slot](HttpResponse response) { slot->fulfil(std::move(response)); });
    } catch (const std::exception& e) {
      log_net_error("application handle()", e.what());
      slot->fulfil(internal_error_response());
    } catch (...) {
      log_net_error("application handle()", "unknown exception");
      slot->fulfil(internal_error_response());
    }
  }

  void deliver(std::uint64_t seq, std::optional<HttpResponse> response) {
    // Released when this returns: the reply has then been handed to the socket (async_write tries
    // the send at once) or dropped.
    std::shared_ptr<const void> until_sent;
    if (response) {
      until_sent = std::move(response->until_sent);
    }
    if (state_ != State::awaiting_reply || seq != request_seq_) {
      return;  // the connection ended (or the server stopped) meanwhile: drop the reply
    }
    self_.reset();  // the posted handler still holds us
    if (upgrade_ && !response) {
      if (stopping_) {
        return reply_error_and_close(ErrorCode::Unavailable, "the server is stopping");
      }
      return accept_upgrade();
    }
    if (upgrade_) {
      upgrade_.reset();
      keep_alive_ = false;  // a refused upgrade ends the connection
    }
    if (!response) {
      response = internal_error_response();  // "accept" makes no sense for a plain request
    }
    const bool keep_alive = keep_alive_ && !stopping_;
    write_response(to_beast_response(std::move(*response), version_, keep_alive, head_request_),
                   keep_alive);
  }

  void reply_error_and_close(ErrorCode code, const std::string& message) {
    write_response(closing_json_error(code, message, version_), false);
  }

  void write_response(BeastResponse response, bool keep_alive) {
    state_ = State::writing;
    close_after_write_ = !keep_alive;
    response_.emplace(std::move(response));
    stream_.expires_after(context_.options.read_timeout);  // a client that never reads is dropped
    http::async_write(stream_, *response_, bind_guarded(&HttpSession::on_write));
  }

  void on_write(error_code ec, std::size_t /*bytes*/) {
    if (state_ == State::closed) {
      return;
    }
    response_.reset();
    stream_.expires_never();
    if (ec) {
      log_unless_expected("http write", ec);
      return close_now();
    }
    if (close_after_write_ || stopping_) {
      return begin_linger();
    }
    do_read();
  }

  void begin_linger() {
    state_ = State::lingering;
    error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    if (stopping_) {
      return close_now();
    }
    lingered_bytes_ = 0;
    stream_.expires_after(kLingerTimeout);
    drain();
  }

  void drain() {
    stream_.async_read_some(buffer_.prepare(kLingerChunk), bind_guarded(&HttpSession::on_drain));
  }

  void on_drain(error_code ec, std::size_t bytes) {
    if (state_ == State::closed) {
      return;
    }
    lingered_bytes_ += bytes;
    if (ec || lingered_bytes_ >= kLingerMaxBytes) {
      return close_now();  // EOF (the usual end), timeout, or a client that keeps sending
    }
    drain();
  }

  void on_shutdown() {
    if (state_ == State::closed) {
      return;
    }
    stopping_ = true;
    if (state_ == State::reading || state_ == State::lingering) {
      return close_now();
    }
    // A reply is owed or being written: give it shutdown_grace, then close regardless.
    grace_timer_.expires_after(context_.options.shutdown_grace);
    grace_timer_.async_wait(bind_guarded(&HttpSession::on_grace_expired));
  }

  void on_grace_expired(error_code ec) {
    if (!ec) {
      close_now();
    }
  }

  // Ends the connection. Buffers and messages stay alive until the session dies, because a
  // cancelled operation may still refer to them until its handler runs.
  void close_now() {
    if (state_ == State::closed) {
      return;
    }
    state_ = State::closed;
    grace_timer_.cancel();
    stream_.close();
    self_.reset();
  }

  void close_nothrow() noexcept {
    try {
      close_now();
    } catch (...) {
      state_ = State::closed;
      self_.reset();
    }
  }

  ServerContext& context_;
  const asio::any_io_executor strand_;
  const std::string remote_address_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  asio::steady_timer grace_timer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::empty_body>> continue_;
  std::optional<BeastResponse> response_;
  std::optional<PendingUpgrade> upgrade_;  // while the app decides on a WebSocket upgrade
  std::shared_ptr<HttpSession> self_;  // set while the app owes a reply
  State state_ = State::reading;
  std::uint64_t request_seq_ = 0;
  std::size_t lingered_bytes_ = 0;
  unsigned version_ = kDefaultHttpVersion;
  bool keep_alive_ = false;
  bool head_request_ = false;
  bool close_after_write_ = false;
  bool stopping_ = false;
};

}  // namespace

void start_http_session(tcp::socket socket, ServerContext& context) {
  std::make_shared<HttpSession>(std::move(socket), context)->start();
}

}  // namespace civiq::net::detail
