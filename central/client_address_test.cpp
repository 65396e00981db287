// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "client_address.hpp"

#include <doctest/doctest.h>

namespace civiq::central {

TEST_CASE("the client is the peer, or behind a trusted proxy the address it forwarded") {
  net::HttpRequest request;
  request.remote_address = "127.0.0.1";
  request.headers = {{"x-forwarded-for", "198.51.100.9, 203.0.113.7"}};
  CHECK(client_address(request, {}) == "127.0.0.1");  // a header from anyone else means nothing
  CHECK(client_address(request, {"127.0.0.1"}) == "203.0.113.7");  // what the proxy itself appended
  request.headers.clear();
  CHECK(client_address(request, {"127.0.0.1"}) == "127.0.0.1");
}

TEST_CASE("subnets: /24 for IPv4, /64 for IPv6") {
  CHECK(subnet_of("203.0.113.7") == "203.0.113.0/24");
  CHECK(subnet_of("2001:db8:1:2:3:4:5:6") == "2001:db8:1:2::/64");
  CHECK(subnet_of("not an address") == "not an address");
}

}  // namespace civiq::central
