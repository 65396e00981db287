// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// HttpServer: owns the io_context, its threads, the signal set and the listener, and runs the
// orderly shutdown (stop accepting, end every connection, let the io threads run dry).
#include "net/http_server.hpp"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <exception>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>

#include "net/detail/listener.hpp"
#include "net/detail/net_log.hpp"
#include "net/detail/server_context.hpp"

namespace civiq::net {

namespace asio = boost::asio;
using boost::system::error_code;

// Invariant: members are declared so that `context` outlives the io_context (connections
// deregister from it while the io_context destroys their pending handlers). Thread rule: see
// HttpServer; `signals` is touched by run() before any io thread starts, then only on `control`.
struct HttpServer::Impl {
  Impl(ServerOptions options, HttpApplication& app)
      : context(app, std::move(options)),
        io(static_cast<int>(thread_count())),
        control(asio::make_strand(io)),
        signals(control),
        listener(std::make_shared<detail::Listener>(io, context)) {
    listener->start();
  }

  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  ~Impl() {
    // Normally run() has already drained everything and this returns at once. Without a run()
    // it ends the listener (and any connection) so that no handler outlives the server.
    request_stop();
    io.restart();  // run() may have run dry already
    run_io();
    // From now on reply callbacks and peer handles the app still holds do nothing.
    context.gate->close();
  }

  [[nodiscard]] unsigned thread_count() const { return std::max(1U, context.options.threads); }

  void run() {
    if (ran.exchange(true)) {
      return;
    }
    signals.add(SIGINT);
    signals.add(SIGTERM);
    signals.async_wait([this](error_code ec, int /*signal*/) {
      if (!ec) {
        request_stop();
      }
    });
    std::vector<std::thread> workers;
    try {
      for (unsigned i = 1; i < thread_count(); ++i) {
        workers.emplace_back([this] { run_io(); });
      }
    } catch (...) {  // could not start a thread: shut down cleanly with those we have
      request_stop();
      run_io();
      join(workers);
      throw;
    }
    run_io();
    join(workers);
  }

  void request_stop() {
    if (stop_requested.exchange(true)) {
      return;
    }
    asio::post(control, [this] { do_stop(); });
  }

  void do_stop() noexcept {
    try {
      error_code ignored;
      signals.cancel(ignored);
      signals.clear(ignored);  // give SIGINT/SIGTERM their default behaviour back
      listener->stop();
      if (context.options.on_stop) context.options.on_stop();
      context.registry.shutdown_all();
    } catch (const std::exception& e) {
      detail::log_net_error("stop", e.what());
    }
  }

  // Runs until the io_context is out of work. Handlers do not throw; if one does anyway, log
  // and keep this thread serving rather than lose it.
  void run_io() noexcept {
    for (;;) {
      try {
        io.run();
        return;
      } catch (const std::exception& e) {
        detail::log_net_error("io thread", e.what());
      } catch (...) {
        detail::log_net_error("io thread", "unknown exception");
      }
    }
  }

  static void join(std::vector<std::thread>& workers) {
    for (auto& worker : workers) {
      worker.join();
    }
  }

  detail::ServerContext context;
  asio::io_context io;
  asio::strand<asio::io_context::executor_type> control;  // stop and signal handling
  asio::signal_set signals;
  std::shared_ptr<detail::Listener> listener;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> ran{false};
};

HttpServer::HttpServer(ServerOptions options, HttpApplication& app)
    : impl_(std::make_unique<Impl>(std::move(options), app)) {}

HttpServer::~HttpServer() = default;

std::uint16_t HttpServer::port() const { return impl_->listener->port(); }

void HttpServer::run() { impl_->run(); }

void HttpServer::stop() { impl_->request_stop(); }

}  // namespace civiq::net
