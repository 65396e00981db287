// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Building HTTP responses from protocol messages and errors, and decoding request bodies, so each
// handler is only the business step.
#include <optional>
#include <string>

#include "domain/result.hpp"
#include "net/http_server.hpp"
#include "net/json_responses.hpp"
#include "protocol/error_code.hpp"
#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"
#include "router.hpp"

namespace civiq::http {

using net::error_response;
using net::json_response;
using protocol::ErrorCode;

[[nodiscard]] net::HttpResponse domain_error_response(const domain::DomainError& error);
[[nodiscard]] net::HttpResponse no_content();

// Decodes the request body into T, or replies 400 and returns nothing. An empty body counts as {}.
template <class T>
std::optional<T> parse_body(const Call& call, const Reply& reply) {
  auto decoded = net::decode_request_body<T>(call.request.body);
  if (auto* refusal = std::get_if<net::HttpResponse>(&decoded)) {
    reply(std::move(*refusal));
    return std::nullopt;
  }
  return std::move(std::get<T>(decoded));
}

// Parses a numeric path parameter ({id}); replies with `not_found` when it is not a number.
[[nodiscard]] std::optional<std::int32_t> id_param(const Call& call, const Reply& reply, ErrorCode not_found);

}  // namespace civiq::http
