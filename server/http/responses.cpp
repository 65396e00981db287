// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "responses.hpp"

#include <charconv>

#include "error_map.hpp"

namespace civiq::http {

net::HttpResponse domain_error_response(const domain::DomainError& error) {
  return error_response(map_error(error.code), error.detail, error.at);
}

net::HttpResponse no_content() { return {204, "", "", {}}; }

std::optional<std::int32_t> id_param(const Call& call, const Reply& reply, ErrorCode not_found) {
  const std::string& text = call.params.at("id");
  std::int32_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || end != text.data() + text.size()) {
    reply(error_response(not_found, "no such id: " + text));
    return std::nullopt;
  }
  return id;
}

}  // namespace civiq::http
