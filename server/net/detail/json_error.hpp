#pragma once
// Private to civiq_net. The JSON error bodies the network layer produces itself
// ({"error":code,"message":message}); the app layer has its own error map for domain errors.
// Thread rule: pure functions.

#include <string_view>

#include "net/http_types.hpp"

namespace civiq::net::detail {

[[nodiscard]] HttpResponse json_error(int status, std::string_view code, std::string_view message);

// 500 {"error":"internal",...}: the app threw, or dropped a reply.
[[nodiscard]] HttpResponse internal_error_response();

}  // namespace civiq::net::detail
