// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "client_address.hpp"

#include <algorithm>
#include <arpa/inet.h>

namespace civiq::central {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

std::string client_address(const net::HttpRequest& request, const std::vector<std::string>& trusted_proxies) {
  if (std::find(trusted_proxies.begin(), trusted_proxies.end(), request.remote_address) == trusted_proxies.end())
    return request.remote_address;
  const auto forwarded = request.header("x-forwarded-for");
  if (!forwarded) return request.remote_address;
  const auto last = forwarded->rfind(',');
  const auto address = trimmed(last == std::string_view::npos ? *forwarded : forwarded->substr(last + 1));
  return address.empty() ? request.remote_address : std::string(address);
}

std::string subnet_of(std::string_view address) {
  const std::string text(address);
  unsigned char bytes[16];
  char out[INET6_ADDRSTRLEN];
  if (inet_pton(AF_INET, text.c_str(), bytes) == 1) {
    bytes[3] = 0;
    return std::string(inet_ntop(AF_INET, bytes, out, sizeof out)) + "/24";
  }
  if (inet_pton(AF_INET6, text.c_str(), bytes) == 1) {
    std::fill(bytes + 8, bytes + 16, 0);
    return std::string(inet_ntop(AF_INET6, bytes, out, sizeof out)) + "/64";
  }
  return text;
}

}  // namespace civiq::central
