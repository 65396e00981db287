// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/net_log.hpp"

#include <cstdio>
#include <exception>

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/websocket/error.hpp>

namespace civiq::net::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;

void log_net_error(std::string_view where, std::string_view what) noexcept {
  // One fprintf per line: stdio locks the stream, so lines from several threads never interleave.
  std::fprintf(stderr, "civiq-net: error: %.*s: %.*s\n", static_cast<int>(where.size()),
               where.data(), static_cast<int>(what.size()), what.data());
}

void log_net_error(std::string_view where, const boost::system::error_code& ec) noexcept {
  try {
    const std::string message = ec.message();
    log_net_error(where, message);
  } catch (...) {
    log_net_error(where, "(error message unavailable)");
  }
}

bool is_normal_disconnect(const boost::system::error_code& ec) noexcept {
  return ec == asio::error::operation_aborted || ec == asio::error::eof ||
         ec == asio::error::connection_reset || ec == asio::error::connection_aborted ||
         ec == asio::error::broken_pipe || ec == asio::error::not_connected ||
         ec == asio::error::bad_descriptor || ec == asio::error::shut_down ||
         ec == asio::error::timed_out || ec == beast::error::timeout ||
         ec == beast::http::error::end_of_stream || ec == beast::http::error::partial_message ||
         ec == beast::websocket::error::closed;
}

bool is_client_protocol_error(const boost::system::error_code& ec) noexcept {
  static const auto& http_category =
      beast::http::make_error_code(beast::http::error::bad_target).category();
  static const auto& ws_category =
      beast::websocket::make_error_code(beast::websocket::error::no_sec_key).category();
  // Beast also reports WebSocket handshake failures through this generic condition.
  return ec.category() == http_category || ec.category() == ws_category ||
         ec == beast::websocket::condition::handshake_failed ||
         ec == beast::websocket::condition::protocol_violation;
}

void log_unless_expected(std::string_view where, const boost::system::error_code& ec) noexcept {
  if (ec && !is_normal_disconnect(ec) && !is_client_protocol_error(ec)) {
    log_net_error(where, ec);
  }
}

}  // namespace civiq::net::detail
