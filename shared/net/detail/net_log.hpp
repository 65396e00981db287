// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. The network layer's only logging: one stderr line per real error.
// Never log personal data (no IPs, targets, headers or bodies); the app layer does request logging.
// Thread rule: all functions are thread-safe and never throw.

#include <exception>
#include <string_view>
#include <utility>

#include <boost/system/error_code.hpp>

namespace civiq::net::detail {

void log_net_error(std::string_view where, std::string_view what) noexcept;
void log_net_error(std::string_view where, const boost::system::error_code& ec) noexcept;

// Runs fn; an exception is logged under `where` and answered with on_failure(). No exception may
// escape a completion handler, so every session runs its handlers through this.
template <class Fn, class OnFailure>
void run_guarded(std::string_view where, Fn&& fn, OnFailure&& on_failure) noexcept {
  try {
    std::forward<Fn>(fn)();
  } catch (const std::exception& e) {
    log_net_error(where, e.what());
    on_failure();
  } catch (...) {
    log_net_error(where, "unknown exception");
    on_failure();
  }
}

// True for the ways a connection normally ends (peer closed or reset it, we cancelled or closed
// it, a timeout fired, WebSocket close): these are not logged.
[[nodiscard]] bool is_normal_disconnect(const boost::system::error_code& ec) noexcept;

// True for errors caused by what the client sent (malformed HTTP, bad WebSocket handshake or
// frames): answered or closed, but not logged as server errors.
[[nodiscard]] bool is_client_protocol_error(const boost::system::error_code& ec) noexcept;

// Log `ec` from `where` unless it is a normal disconnect or a client protocol error.
void log_unless_expected(std::string_view where, const boost::system::error_code& ec) noexcept;

}  // namespace civiq::net::detail
