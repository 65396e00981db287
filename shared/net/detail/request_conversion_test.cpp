// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/request_conversion.hpp"

#include <doctest/doctest.h>

namespace civiq::net::detail {

TEST_CASE("to_http_request lower-cases header names, decodes the target and moves the body") {
  BeastRequest request{http::verb::post, "/api/v1/tickets/a%2Fb?x=1&y=%C3%BC", 11};
  request.set("X-Custom-Header", "Value");
  request.insert(http::field::accept, "a");
  request.insert(http::field::accept, "b");
  request.body() = "payload";
  const auto converted = to_http_request(std::move(request), "10.0.0.7");
  REQUIRE(converted.has_value());
  CHECK(converted->method == "POST");
  CHECK(converted->target == "/api/v1/tickets/a%2Fb?x=1&y=%C3%BC");
  CHECK(converted->path == "/api/v1/tickets/a/b");
  CHECK(converted->query_param("y") == std::optional<std::string_view>("\xC3\xBC"));
  CHECK(converted->header("x-custom-header") == std::optional<std::string_view>("Value"));
  CHECK(converted->header("accept") == std::optional<std::string_view>("a"));
  CHECK(converted->headers.size() == 3);
  CHECK(converted->body == "payload");
  CHECK(converted->remote_address == "10.0.0.7");

  const BeastRequest absolute{http::verb::get, "http://evil.example/x", 11};
  CHECK_FALSE(to_http_request(absolute, "10.0.0.7").has_value());
}

TEST_CASE("to_beast_response adds framing and server headers") {
  HttpResponse app_response{201, "application/json", R"({"id":1})", {{"Location", "/t/1"}}};
  const auto out = to_beast_response(std::move(app_response), 11, true, false);
  CHECK(out.result_int() == 201);
  CHECK(out[http::field::server] == "civiq");
  CHECK(out[http::field::content_length] == "8");
  CHECK(out[http::field::cache_control] == "no-store");
  CHECK(out[http::field::location] == "/t/1");
  CHECK(out.keep_alive());
  CHECK(out.body() == R"({"id":1})");
}

TEST_CASE("to_beast_response protects the framing from the application") {
  struct Case {
    const char* name;
    HttpResponse response;
    bool head;
    int status;
    const char* content_length;  // nullptr: no Content-Length header
    const char* body;
  };
  const Case cases[] = {
      {"invalid status becomes 500", {42, "text/plain", "x", {}}, false, 500, "1", "x"},
      {"204 has neither body nor length", {204, "", "ignored", {}}, false, 204, nullptr, ""},
      {"304 has neither body nor length", {304, "", "", {}}, false, 304, nullptr, ""},
      {"HEAD keeps the length, drops the body", {200, "text/plain", "abc", {}}, true, 200, "3", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.name));
    auto response = c.response;
    const auto out = to_beast_response(std::move(response), 11, false, c.head);
    CHECK(out.result_int() == static_cast<unsigned>(c.status));
    if (c.content_length == nullptr) {
      CHECK(out.find(http::field::content_length) == out.end());
    } else {
      CHECK(out[http::field::content_length] == c.content_length);
    }
    CHECK(out.body() == c.body);
    CHECK(out[http::field::connection] == "close");
  }

  HttpResponse unsafe{200,
                      "text/plain",
                      "",
                      {{"X-Ok", "1"},
                       {"X-Injected", "a\r\nSet-Cookie: x=1"},
                       {"Content-Length", "999"},
                       {"Transfer-Encoding", "chunked"},
                       {"Cache-Control", "max-age=60"}}};
  const auto out = to_beast_response(std::move(unsafe), 11, true, false);
  CHECK(out["X-Ok"] == "1");
  CHECK(out.find("X-Injected") == out.end());
  CHECK(out.find(http::field::set_cookie) == out.end());
  CHECK(out[http::field::content_length] == "0");
  CHECK(out.find(http::field::transfer_encoding) == out.end());
  CHECK(out[http::field::cache_control] == "max-age=60");
}

}  // namespace civiq::net::detail
