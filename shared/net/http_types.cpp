// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/http_types.hpp"

#include <algorithm>

namespace civiq::net {
namespace {

std::optional<std::string_view> find_first(
    const std::vector<std::pair<std::string, std::string>>& pairs, std::string_view key) {
  const auto it = std::find_if(pairs.begin(), pairs.end(),
                               [key](const auto& entry) { return entry.first == key; });
  if (it == pairs.end()) {
    return std::nullopt;
  }
  return std::string_view{it->second};
}

}  // namespace

std::optional<std::string_view> HttpRequest::header(std::string_view lower_name) const {
  return find_first(headers, lower_name);
}

std::optional<std::string_view> HttpRequest::query_param(std::string_view name) const {
  return find_first(query, name);
}

}  // namespace civiq::net
