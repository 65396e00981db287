// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Edge: the bytes of an HTTP/1.1 connection. Parses them with the same Beast parser and limits as
// http_session.cpp (body and header limits of ServerOptions, pipelined requests one after the other),
// refuses a non-chunked Transfer-Encoding as the session does, and converts every complete request
// with to_http_request (both overloads: the WebSocket upgrade path copies, the normal path moves),
// which splits and decodes the target (target_parser.cpp). Checks the documented invariants of
// net::HttpRequest: no NUL in the path, lower-case header names, the target kept raw.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include "fuzz_check.hpp"
#include "net/detail/request_conversion.hpp"
#include "net/http_server.hpp"

namespace {

using namespace civiq::net;
using namespace civiq::net::detail;

constexpr int kMaxPipelinedRequests = 8;

void check(const HttpRequest& request, const BeastRequest& beast) {
  CIVIQ_FUZZ_CHECK(request.path.find('\0') == std::string::npos);
  CIVIQ_FUZZ_CHECK(request.target == std::string_view(beast.target()));
  CIVIQ_FUZZ_CHECK(request.method == std::string_view(beast.method_string()));
  for (const auto& [name, value] : request.headers) {
    CIVIQ_FUZZ_CHECK(std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    CIVIQ_FUZZ_CHECK(request.header(name).has_value());
  }
  for (const auto& [key, value] : request.query) CIVIQ_FUZZ_CHECK(request.query_param(key).has_value());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ServerOptions options;  // the limits a server runs with unless configured otherwise
  boost::asio::const_buffer input(data, size);
  for (int n = 0; n < kMaxPipelinedRequests && input.size() > 0; ++n) {
    http::request_parser<http::string_body> parser;
    parser.eager(true);
    parser.body_limit(options.body_limit);
    parser.header_limit(static_cast<std::uint32_t>(
        std::min<std::size_t>(options.header_limit, std::numeric_limits<std::uint32_t>::max())));
    error_code ec;
    while (!parser.is_done() && input.size() > 0) {
      const std::size_t used = parser.put(input, ec);
      input += used;
      // The rest is an incomplete request. Beast wants the unconsumed bytes again *plus more* (as
      // http::async_read does after reading from the socket); the same bytes alone break its
      // assertions (tests/fuzz/crashes/http_request/need_more_put_again_without_new_bytes).
      if (ec == http::error::need_more) break;
      if (ec) return 0;  // the session answers 400/413/431 and closes
    }
    if (!parser.is_header_done()) return 0;
    const auto& head = parser.get();
    if (head.count(http::field::transfer_encoding) > 0 && !parser.chunked()) return 0;  // 400, closed
    if (!parser.is_done()) return 0;  // the body never arrived: the read times out
    BeastRequest request = parser.release();
    if (beast::websocket::is_upgrade(request)) {
      if (const auto converted = to_http_request(request, "127.0.0.1")) check(*converted, request);
    }
    const BeastRequest copy = request;
    const auto converted = to_http_request(std::move(request), "127.0.0.1");
    if (!converted) return 0;  // 400 invalid request target, closed
    check(*converted, copy);
    CIVIQ_FUZZ_CHECK(converted->body == copy.body());
    if (!copy.keep_alive()) return 0;  // the session closes after its reply
  }
  return 0;
}
