// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. Owns the listening socket and starts an HTTP session per connection.

#include <cstdint>
#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "net/detail/beast_types.hpp"
#include "net/detail/server_context.hpp"

namespace civiq::net::detail {

// Invariant: bound and listening from construction until stop(); each accepted socket gets its
// own strand. Thread rule: constructor on the owner's thread; start()/stop() from any thread
// (they post to the acceptor's strand); port() anywhere.
class Listener : public std::enable_shared_from_this<Listener> {
 public:
  // Binds and listens at once; throws std::runtime_error naming the address on failure.
  Listener(asio::io_context& io, ServerContext& context);

  [[nodiscard]] std::uint16_t port() const noexcept { return port_; }
  void start();
  void stop();

 private:
  void do_accept();
  void on_accept(error_code ec, tcp::socket socket);
  void schedule_retry() noexcept;

  asio::io_context& io_;
  ServerContext& context_;
  tcp::acceptor acceptor_;
  asio::steady_timer retry_timer_;
  std::uint16_t port_ = 0;
  bool stopped_ = false;         // strand only
  bool limit_reported_ = false;  // strand only: log the connection limit once per episode
};

}  // namespace civiq::net::detail
