// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Replies built from protocol messages, and strict decoding of request bodies, the same for both
// servers (the branch's and central booking's): JSON bodies, errors as {"error", "message"} with
// the code's HTTP status. Thread rule: pure functions.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "domain/berlin_time.hpp"
#include "net/http_types.hpp"
#include "protocol/error_code.hpp"
#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"

namespace civiq::net {

template <class T>
HttpResponse json_response(int status, const T& body) {
  return {status, "application/json", protocol::to_json(body), {}};
}

// {"error": <the code's wire name>, "message": ...} with the code's HTTP status.
[[nodiscard]] HttpResponse error_response(protocol::ErrorCode code, std::string message,
                                          std::optional<domain::TimePoint> at = std::nullopt);

// A request body decoded strictly into T (an empty body counts as {}), or the 400 to reply:
// invalid_json when it is no JSON, invalid_request when it is not a T.
template <class T>
std::variant<T, HttpResponse> decode_request_body(std::string_view body) {
  auto decoded = protocol::from_json<T>(body.empty() ? std::string_view("{}") : body);
  if (decoded) return std::move(*decoded.value);
  const bool malformed = decoded.error.starts_with("malformed JSON");
  return error_response(malformed ? protocol::ErrorCode::InvalidJson : protocol::ErrorCode::InvalidRequest,
                        decoded.error);
}

}  // namespace civiq::net
