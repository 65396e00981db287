// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "routes.hpp"

namespace civiq::protocol {
namespace {

bool unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

std::string percent_encoded(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    if (unreserved(c)) {
      out.push_back(c);
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out.push_back('%');
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0x0F]);
    }
  }
  return out;
}

}  // namespace

std::string path_of(const RouteDef& route, std::string_view value) {
  const auto open = route.pattern.find('{');
  if (open == std::string_view::npos) return std::string(route.pattern);
  const auto close = route.pattern.find('}', open);
  return std::string(route.pattern.substr(0, open)) + percent_encoded(value) +
         std::string(route.pattern.substr(close + 1));
}

}  // namespace civiq::protocol
