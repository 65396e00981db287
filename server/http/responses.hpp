#pragma once
// Building HTTP responses from protocol messages and errors, and decoding request bodies, so each
// handler is only the business step.
#include <optional>
#include <string>

#include "domain/result.hpp"
#include "net/http_server.hpp"
#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"
#include "router.hpp"

namespace civiq::http {

template <class T>
net::HttpResponse json_response(int status, const T& body) {
  return {status, "application/json", protocol::to_json(body), {}};
}

[[nodiscard]] net::HttpResponse error_response(int status, std::string code, std::string message);
[[nodiscard]] net::HttpResponse domain_error_response(const domain::DomainError& error);
[[nodiscard]] net::HttpResponse no_content();

// Decodes the request body into T, or replies 400 and returns nothing. An empty body counts as {}.
template <class T>
std::optional<T> parse_body(const Call& call, const Reply& reply) {
  const std::string_view body = call.request.body.empty() ? std::string_view("{}") : std::string_view(call.request.body);
  auto decoded = protocol::from_json<T>(body);
  if (!decoded) {
    const bool malformed = decoded.error.starts_with("malformed JSON");
    reply(error_response(400, malformed ? "invalid_json" : "invalid_request", decoded.error));
    return std::nullopt;
  }
  return std::move(decoded.value);
}

// Parses a numeric path parameter ({id}); replies 404 with `not_found_code` when it is not a number.
[[nodiscard]] std::optional<std::int32_t> id_param(const Call& call, const Reply& reply, const char* not_found_code);

}  // namespace civiq::http
