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

std::optional<std::string> route_parameter(const RouteDef& route, std::string_view path) {
  const std::string_view pattern = route.pattern;
  const auto open = pattern.find('{');
  if (open == std::string_view::npos) return path == pattern ? std::optional<std::string>("") : std::nullopt;
  const auto suffix = pattern.substr(pattern.find('}') + 1);
  const auto prefix = pattern.substr(0, open);
  if (path.size() <= prefix.size() + suffix.size() || !path.starts_with(prefix) || !path.ends_with(suffix))
    return std::nullopt;
  const auto value = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
  if (value.find('/') != std::string_view::npos) return std::nullopt;
  return std::string(value);
}

}  // namespace civiq::protocol
