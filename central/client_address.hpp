// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Who is asking, for the rate limits: the TCP peer, or behind one of the county's trusted reverse
// proxies the last address the proxy added to X-Forwarded-For (a citizen cannot forge that one:
// the proxy appends what it saw). And the subnet an address belongs to (/24 for IPv4, /64 for
// IPv6), for the limit a botnet on one network shares. Thread rule: stateless.
#include <string>
#include <string_view>
#include <vector>

#include "net/http_types.hpp"

namespace civiq::central {

[[nodiscard]] std::string client_address(const net::HttpRequest& request, const std::vector<std::string>& trusted_proxies);

// "203.0.113.7" -> "203.0.113.0/24"; "2001:db8:1:2:3:4:5:6" -> "2001:db8:1:2::/64"; otherwise itself.
[[nodiscard]] std::string subnet_of(std::string_view address);

}  // namespace civiq::central
