// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "routes.hpp"

#include <doctest/doctest.h>

namespace civiq::protocol {

TEST_CASE("path_of fills the one placeholder, percent-encoded") {
  CHECK(path_of(route::kHealth) == "/api/v1/health");
  CHECK(path_of(route::kCounterCallNext, "3") == "/api/v1/counters/3/call-next");
  CHECK(path_of(route::kTicket, "Qm9-x_y~z.") == "/api/v1/tickets/Qm9-x_y~z.");
  CHECK(path_of(route::kCheckIn, "AB 12/ü") == "/api/v1/appointments/AB%2012%2F%C3%BC/check-in");
}

TEST_CASE("route_parameter reads the placeholder of a path that is the route, and nothing else") {
  CHECK(route_parameter(route::kHealth, "/api/v1/health") == "");
  CHECK_FALSE(route_parameter(route::kHealth, "/api/v1/healthz"));
  CHECK(route_parameter(route::kCounterCallNext, "/api/v1/counters/3/call-next") == "3");
  CHECK_FALSE(route_parameter(route::kCounterCallNext, "/api/v1/counters//call-next"));  // empty
  CHECK_FALSE(route_parameter(route::kCounterCallNext, "/api/v1/counters/3/4/call-next"));  // two segments
  CHECK_FALSE(route_parameter(route::kTicket, "/api/v1/tickets/"));
  CHECK(route_parameter(route::kTicket, "/api/v1/tickets/abc") == "abc");
}

}  // namespace civiq::protocol
