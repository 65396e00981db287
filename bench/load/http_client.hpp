// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A minimal HTTP/1.1 keep-alive client over one TCP connection, written by hand on Asio so that the
// generator spends as little CPU per request as possible and measures the server, not a client
// library. Requests are preformatted strings; replies need a Content-Length (civiq always sends one)
// and are never chunked. Invariant: at most one request in flight per connection.
// Thread rule: one connection is used by one coroutine or thread at a time.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>

#include "receive_timestamp.hpp"

namespace civiq::bench {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

struct HttpResponse {
  int status = 0;
  std::string body;
};

// Parses one complete response at the front of `buffer` into `out` and returns the bytes it took,
// or 0 while the response is incomplete. Throws std::runtime_error on a malformed or chunked reply.
[[nodiscard]] std::size_t parse_response(std::string_view buffer, HttpResponse& out);

struct RequestHead {
  std::string_view method;
  std::string_view target;
  std::string_view host;            // "127.0.0.1:8080"
  std::string_view bearer;          // empty: no Authorization header
  std::string_view idempotency_key;  // empty: none
};

// The bytes of one request; a JSON body gets Content-Type and Content-Length.
[[nodiscard]] std::string format_request(const RequestHead& head, std::string_view json_body = {});

class HttpConnection {
 public:
  explicit HttpConnection(const asio::any_io_executor& executor) : socket_(executor) {}

  asio::awaitable<void> connect(tcp::endpoint endpoint);
  asio::awaitable<HttpResponse> request(std::string_view raw);  // `raw` must outlive the call

  void connect_sync(const tcp::endpoint& endpoint);
  HttpResponse request_sync(std::string_view raw);

  // From now on, request_stamped() can tell when each reply reached the socket (receive_timestamp.hpp).
  [[nodiscard]] bool enable_receive_timestamps();
  // request_sync, and the kernel's receive time of the reply's last bytes (nothing if not stamped).
  HttpResponse request_stamped(std::string_view raw, std::optional<WallClock::time_point>& received);

  void close();

 private:
  tcp::socket socket_;
  std::string buffer_;
};

// host:port text for the Host header.
[[nodiscard]] std::string host_header(const tcp::endpoint& endpoint);

}  // namespace civiq::bench
