// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/target_parser.hpp"

#include <algorithm>

#include <doctest/doctest.h>

#include "net/http_types.hpp"

namespace civiq::net::detail {

using Query = std::vector<std::pair<std::string, std::string>>;

TEST_CASE("parse_target decodes path and query") {
  struct Case {
    const char* target;
    const char* path;
    Query query;
  };
  const Case cases[] = {
      {"/", "/", {}},
      {"/api/v1/tickets/abc", "/api/v1/tickets/abc", {}},
      {"/a%20b/c%2Fd", "/a b/c/d", {}},
      {"/x?a=1&b=two", "/x", {{"a", "1"}, {"b", "two"}}},
      {"/x?q=hello+world&e=%C3%A4", "/x", {{"q", "hello world"}, {"e", "\xC3\xA4"}}},
      {"/x?flag&a=&a=2", "/x", {{"flag", ""}, {"a", ""}, {"a", "2"}}},
      {"/x?", "/x", {}},
      {"/x?a=1&&b=2&", "/x", {{"a", "1"}, {"b", "2"}}},
      {"/x?=v", "/x", {{"", "v"}}},
  };
  for (const auto& c : cases) {
    const std::string target = c.target;
    CAPTURE(target);
    const auto parsed = parse_target(c.target);
    REQUIRE(parsed.has_value());
    CHECK(parsed->path == c.path);
    CHECK(parsed->query.size() == c.query.size());
    for (std::size_t i = 0; i < std::min(parsed->query.size(), c.query.size()); ++i) {
      CHECK(parsed->query[i].first == c.query[i].first);
      CHECK(parsed->query[i].second == c.query[i].second);
    }
  }
}

TEST_CASE("parse_target rejects what is not an origin-form target") {
  for (const char* target :
       {"", "*", "http://example.org/x", "relative", "/bad%zz", "/nul%00x", "/x?y=%4"}) {
    CAPTURE(target);
    CHECK_FALSE(parse_target(target).has_value());
  }
}

TEST_CASE("HttpRequest looks up the first header and query parameter") {
  HttpRequest request;
  request.headers = {{"x-a", "1"}, {"x-a", "2"}, {"accept", "*/*"}};
  request.query = {{"page", "3"}, {"page", "4"}, {"empty", ""}};
  CHECK(request.header("x-a") == std::optional<std::string_view>("1"));
  CHECK(request.header("accept") == std::optional<std::string_view>("*/*"));
  CHECK_FALSE(request.header("X-A").has_value());
  CHECK(request.query_param("page") == std::optional<std::string_view>("3"));
  CHECK(request.query_param("empty") == std::optional<std::string_view>(""));
  CHECK_FALSE(request.query_param("missing").has_value());
}

}  // namespace civiq::net::detail
