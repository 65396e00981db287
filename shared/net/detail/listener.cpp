// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/listener.hpp"

#include <chrono>
#include <exception>
#include <stdexcept>
#include <string>

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

#include "net/detail/http_session.hpp"
#include "net/detail/net_log.hpp"

namespace civiq::net::detail {
namespace {

// accept() fails persistently when we run out of file descriptors: back off instead of spinning.
constexpr std::chrono::milliseconds kAcceptRetryDelay{100};

[[noreturn]] void fail(const std::string& what, const std::string& where, const error_code& ec) {
  throw std::runtime_error("civiq-net: cannot " + what + " " + where + ": " + ec.message());
}

}  // namespace

Listener::Listener(asio::io_context& io, ServerContext& context)
    : io_(io),
      context_(context),
      acceptor_(asio::make_strand(io)),
      retry_timer_(acceptor_.get_executor()) {
  const ServerOptions& options = context_.options;
  error_code ec;
  const auto address = asio::ip::make_address(options.address, ec);
  if (ec) {
    throw std::runtime_error("civiq-net: invalid listen address '" + options.address +
                             "' (expected an IPv4 or IPv6 address): " + ec.message());
  }
  const tcp::endpoint endpoint(address, options.port);
  const std::string where = options.address + " port " + std::to_string(options.port);
  if (acceptor_.open(endpoint.protocol(), ec); ec) {
    fail("open a socket for", where, ec);
  }
  if (acceptor_.set_option(asio::socket_base::reuse_address(true), ec); ec) {
    fail("set SO_REUSEADDR for", where, ec);
  }
  if (acceptor_.bind(endpoint, ec); ec) {
    fail("bind to", where, ec);
  }
  if (acceptor_.listen(asio::socket_base::max_listen_connections, ec); ec) {
    fail("listen on", where, ec);
  }
  port_ = acceptor_.local_endpoint().port();
}

void Listener::start() {
  asio::post(acceptor_.get_executor(), [self = shared_from_this()] { self->do_accept(); });
}

void Listener::stop() {
  asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
    self->stopped_ = true;
    error_code ignored;
    self->acceptor_.close(ignored);
    try {
      self->retry_timer_.cancel();
    } catch (const std::exception& e) {
      log_net_error("stop", e.what());
    }
  });
}

void Listener::do_accept() {
  if (stopped_) {
    return;
  }
  try {
    // Each connection gets its own strand: its handlers never run concurrently.
    acceptor_.async_accept(asio::make_strand(io_),
                           [self = shared_from_this()](error_code ec, tcp::socket socket) {
                             self->on_accept(ec, std::move(socket));
                           });
  } catch (const std::exception& e) {
    log_net_error("accept", e.what());
    schedule_retry();
  }
}

void Listener::schedule_retry() noexcept {
  try {
    retry_timer_.expires_after(kAcceptRetryDelay);
    retry_timer_.async_wait([self = shared_from_this()](error_code ec) {
      if (!ec) {
        self->do_accept();
      }
    });
  } catch (const std::exception& e) {
    log_net_error("accept", std::string("no longer accepting connections: ") + e.what());
  }
}

void Listener::on_accept(error_code ec, tcp::socket socket) {
  if (stopped_ || ec == asio::error::operation_aborted) {
    return;
  }
  if (ec) {
    log_net_error("accept", ec);
    return schedule_retry();
  }
  try {
    if (context_.registry.size() >= context_.options.max_connections) {
      if (!limit_reported_) {
        log_net_error("accept", "connection limit reached; refusing new connections");
        limit_reported_ = true;
      }
      // `socket` closes when it goes out of scope.
    } else {
      limit_reported_ = false;
      start_http_session(std::move(socket), context_);
    }
  } catch (const std::exception& e) {
    log_net_error("accept", e.what());
  }
  do_accept();
}

}  // namespace civiq::net::detail
