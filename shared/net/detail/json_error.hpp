// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. The JSON error bodies the network layer produces itself
// ({"error":code,"message":message}).
// Thread rule: pure functions.

#include <string_view>

#include "net/http_types.hpp"
#include "protocol/error_code.hpp"

namespace civiq::net::detail {

// With the code's wire name and HTTP status from the protocol's one table of error codes.
[[nodiscard]] HttpResponse json_error(protocol::ErrorCode code, std::string_view message);

// 500 {"error":"internal",...}: the app threw, or dropped a reply.
[[nodiscard]] HttpResponse internal_error_response();

}  // namespace civiq::net::detail
