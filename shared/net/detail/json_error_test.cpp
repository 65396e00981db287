// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/json_error.hpp"

#include <doctest/doctest.h>

namespace civiq::net::detail {

TEST_CASE("json_error builds an escaped JSON error body") {
  const auto response = json_error(protocol::ErrorCode::PayloadTooLarge, "a \"quoted\"\\ line\nnext\x01");
  CHECK(response.status == 413);
  CHECK(response.content_type == "application/json");
  CHECK(response.body ==
        R"({"error":"payload_too_large","message":"a \"quoted\"\\ line\nnext\u0001"})");
  CHECK(internal_error_response().status == 500);
  CHECK(internal_error_response().body ==
        R"({"error":"internal","message":"internal server error"})");
}

}  // namespace civiq::net::detail
