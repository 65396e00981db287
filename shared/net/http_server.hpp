// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// civiq's HTTP/1.1 + WebSocket server. This header is Asio/Beast-free by design (pimpl): the
// application layer includes only this and http_types.hpp.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "net/http_types.hpp"

namespace civiq::net {

// A connected WebSocket peer, handed to the app in HttpApplication::on_open.
// Invariant: frames are delivered in send() order, except that coalescing moves a keyed frame to
// the back of the queue. Thread rule: send() and close() may be called from any thread, at any time
// - also after the socket has ended or the server is gone (they then do nothing). Holding the
// shared_ptr never keeps a socket or the server alive.
class WebSocketPeer {
 public:
  WebSocketPeer() = default;
  WebSocketPeer(const WebSocketPeer&) = delete;
  WebSocketPeer& operator=(const WebSocketPeer&) = delete;
  virtual ~WebSocketPeer() = default;

  // Queue a text frame. coalesce_key: if a not-yet-written frame with the same non-empty key is
  // still queued, it is removed and this one is appended (displays want the latest snapshot, not
  // history; appending keeps it after anything sent before it). When the bounded queue
  // (ServerOptions::ws_queue_limit, counting the frame being written) is full the connection is
  // closed: slow subscribers never slow others. The frame is shared, never copied per peer.
  virtual void send(std::shared_ptr<const std::string> frame, std::string coalesce_key = {}) = 0;
  // Write what is already queued, then close with a normal close frame. Later sends are ignored.
  virtual void close() = 0;
  // False once the socket has ended (before HttpApplication::on_close is called for it), so an app
  // that subscribes a peer late (after a hop to another thread) can tell that it is already gone.
  [[nodiscard]] virtual bool is_open() const = 0;
};

// Implemented by the app layer. The server calls it from its network threads; the app must
// outlive the HttpServer.
class HttpApplication {
 public:
  HttpApplication() = default;
  HttpApplication(const HttpApplication&) = delete;
  HttpApplication& operator=(const HttpApplication&) = delete;
  virtual ~HttpApplication() = default;

  // Called for every non-upgrade request on a network thread. `reply` must be called exactly
  // once, from any thread, possibly later. A second call is ignored; if every copy of `reply` is
  // destroyed without a call, the client gets a 500. A reply for a client that has gone, or after
  // the server is destroyed, is dropped safely. An exception thrown by handle() becomes a 500.
  virtual void handle(HttpRequest request, std::function<void(HttpResponse)> reply) = 0;

  // Called for a WebSocket upgrade request, before the handshake, on a network thread. The app
  // decides when it likes, from any thread, without blocking a network thread: `decide(nullopt)`
  // accepts; `decide(response)` (401/403/404/400...) refuses, sending the response as a normal
  // HTTP response and closing the connection. The rules of handle()'s `reply` apply to `decide`
  // (once; dropped without a call means a 500 refusal; safe after the client or server is gone).
  using UpgradeDecision = std::function<void(std::optional<HttpResponse>)>;
  virtual void check_upgrade(const HttpRequest& request, UpgradeDecision decide) = 0;

  // After a successful handshake, on the session's strand. The app keeps the peer (e.g.
  // subscribes it to topics) and must drop it in on_close. Sends made here are delivered first.
  virtual void on_open(const std::shared_ptr<WebSocketPeer>& peer, const HttpRequest& request) = 0;

  // Called exactly once for every peer passed to on_open, from the session's strand, when the
  // socket ends for any reason (client close, error, timeout, overflow, close(), server stop).
  // Every open peer gets its on_close before HttpServer::run() returns.
  virtual void on_close(const WebSocketPeer& peer) = 0;

  // Incoming text messages from clients are ignored except that they keep the connection alive.
};

struct ServerOptions {
  std::string address = "127.0.0.1";      // an IP address literal (IPv4 or IPv6), not a host name
  std::uint16_t port = 0;                 // 0 = pick a free port; see HttpServer::port()
  unsigned threads = 2;                   // io threads, including the one calling run(); 0 means 1
  std::size_t body_limit = 64 * 1024;     // larger -> 413 {"error":"payload_too_large",...}
  std::size_t header_limit = 16 * 1024;   // larger -> 431 {"error":"headers_too_large",...}
  std::chrono::seconds read_timeout{30};  // per request read (and per response write): slowloris
  std::size_t ws_queue_limit = 64;        // frames queued per WebSocket before it is closed (min 1)
  // A WebSocket is pinged after half of this without a frame from its peer, and closed when the
  // whole passes without one: it ends half-open connections (a phone gone out of coverage).
  std::chrono::seconds ws_idle_timeout{300};
  std::size_t max_connections = 20000;    // further accepted sockets are closed at once
  // On stop(), a request that is waiting for the app's reply (or being written) gets this long
  // to finish before its socket is closed; idle and WebSocket connections close immediately.
  std::chrono::seconds shutdown_grace{5};
  // Called once when the server begins to stop (stop() or a signal), on a network thread, once no
  // new connection is accepted and before the open ones are told: an app answers the requests it
  // keeps waiting on purpose (long polls), so they need not wait out shutdown_grace.
  std::function<void()> on_stop;
};

// Owns the io_context, the listening socket and all connections.
// Invariant: the socket is bound and listening from construction until stop().
// Thread rule: construct and destroy on one thread; run() once, from any thread; stop() and
// port() from any thread. Destroy only after run() has returned, or without ever calling run().
class HttpServer {
 public:
  // Binds immediately; throws std::runtime_error with a clear message if the address is invalid
  // or in use.
  HttpServer(ServerOptions options, HttpApplication& app);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  [[nodiscard]] std::uint16_t port() const;  // the bound port (useful with port 0)

  // Runs the io threads until stop() (or SIGINT/SIGTERM, handled via a signal set while run() is
  // active) and every connection has ended; then joins them and returns. A stop() that came
  // before run() makes run() return promptly. A second call returns immediately.
  void run();

  // Stop accepting, close idle and WebSocket connections (on_close is called for each), give
  // in-flight requests ServerOptions::shutdown_grace. Thread-safe and idempotent; does not block.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace civiq::net
