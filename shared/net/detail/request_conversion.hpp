// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. Conversion between Beast messages and the plain civiq::net types.
// Thread rule: pure functions.

#include <optional>
#include <string>
#include <string_view>

#include "net/detail/beast_types.hpp"
#include "net/http_types.hpp"
#include "protocol/error_code.hpp"

namespace civiq::net::detail {

// nullopt if the target is not a valid origin-form target (the caller answers 400).
// The rvalue overload moves the body out of `request`.
[[nodiscard]] std::optional<HttpRequest> to_http_request(BeastRequest&& request,
                                                         std::string remote_address);
[[nodiscard]] std::optional<HttpRequest> to_http_request(const BeastRequest& request,
                                                         std::string remote_address);

// Builds the wire response: status (500 if out of range), Server, Content-Length, Connection per
// `keep_alive`, Cache-Control: no-store for JSON unless the app set one, the app's extra headers
// (unsafe ones dropped). For HEAD the Content-Length is kept and the body dropped.
[[nodiscard]] BeastResponse to_beast_response(HttpResponse&& response, unsigned http_version,
                                              bool keep_alive, bool head_request);

// The same, ready to write, with `Connection: close`.
[[nodiscard]] BeastResponse closing_json_error(protocol::ErrorCode code, std::string_view message,
                                               unsigned http_version);

}  // namespace civiq::net::detail
