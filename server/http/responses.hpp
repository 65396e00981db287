// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Building HTTP responses from protocol messages and errors, and decoding request bodies, so each
// handler is only the business step.
#include <optional>
#include <string>

#include "domain/result.hpp"
#include "net/http_server.hpp"
#include "protocol/error_code.hpp"
#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"
#include "router.hpp"

namespace civiq::http {

template <class T>
net::HttpResponse json_response(int status, const T& body) {
  return {status, "application/json", protocol::to_json(body), {}};
}

using protocol::ErrorCode;

// {"error": <the code's wire name>, "message": ...} with the code's HTTP status.
[[nodiscard]] net::HttpResponse error_response(ErrorCode code, std::string message,
                                               std::optional<domain::TimePoint> at = std::nullopt);
[[nodiscard]] net::HttpResponse domain_error_response(const domain::DomainError& error);
[[nodiscard]] net::HttpResponse no_content();

// Decodes the request body into T, or replies 400 and returns nothing. An empty body counts as {}.
template <class T>
std::optional<T> parse_body(const Call& call, const Reply& reply) {
  const std::string_view body = call.request.body.empty() ? std::string_view("{}") : std::string_view(call.request.body);
  auto decoded = protocol::from_json<T>(body);
  if (!decoded) {
    const bool malformed = decoded.error.starts_with("malformed JSON");
    reply(error_response(malformed ? ErrorCode::InvalidJson : ErrorCode::InvalidRequest, decoded.error));
    return std::nullopt;
  }
  return std::move(decoded.value);
}

// Parses a numeric path parameter ({id}); replies with `not_found` when it is not a number.
[[nodiscard]] std::optional<std::int32_t> id_param(const Call& call, const Reply& reply, ErrorCode not_found);

}  // namespace civiq::http
