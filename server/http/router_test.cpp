// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "http/router.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

#include <string>
#include <vector>

namespace civiq::http {
namespace {

using auth::DeviceKind;
using auth::Principal;
using auth::Role;

Handler named(std::string name, std::vector<std::string>& log) {
  return [name = std::move(name), &log](Call&, Reply) { log.push_back(name); };
}

struct Fixture {
  std::vector<std::string> called;
  Router router;

  Fixture() {
    router.add({"GET", "/api/v1/health", Access::Public, false, named("health", called)});
    router.add({"POST", "/api/v1/tickets", Access::Kiosk, false, named("issue", called)});
    router.add({"GET", "/api/v1/tickets/{token}", Access::Public, true, named("ticket", called)});
    router.add({"POST", "/api/v1/tickets/{token}/cancel", Access::Public, true, named("cancel", called)});
    router.add({"POST", "/api/v1/counters/{id}/call-next", Access::Clerk, false, named("call-next", called)});
    router.add({"POST", "/api/v1/counters/{id}/tickets/{ticket}/call", Access::Clerk, false, named("call", called)});
    router.add({"PUT", "/api/v1/counters/{id}", Access::Manager, false, named("put-counter", called)});
    router.add({"DELETE", "/api/v1/counters/{id}", Access::Admin, false, named("delete-counter", called)});
  }

  // Runs the matched handler and returns its name.
  std::string run(const RouteMatch& match) {
    REQUIRE(match.route != nullptr);
    const net::HttpRequest request;
    Call call{request, match.params, {}, {}};
    match.route->handler(call, [](net::HttpResponse) {});
    REQUIRE_FALSE(called.empty());
    return called.back();
  }
};

TEST_CASE("a literal route matches its method and path") {
  Fixture f;
  const auto match = f.router.match("GET", "/api/v1/health");
  REQUIRE(match.route != nullptr);
  CHECK(match.path_known);
  CHECK(match.params.empty());
  CHECK(match.route->pattern == "/api/v1/health");
  CHECK(match.route->access == Access::Public);
  CHECK_FALSE(match.route->rate_limited);
  CHECK(f.run(match) == "health");
}

TEST_CASE("path parameters are captured by name") {
  Fixture f;
  SUBCASE("one parameter") {
    const auto match = f.router.match("GET", "/api/v1/tickets/Zx9-_abc");
    CHECK(match.params == std::map<std::string, std::string>{{"token", "Zx9-_abc"}});
    CHECK(match.route->rate_limited);
    CHECK(f.run(match) == "ticket");
  }
  SUBCASE("a parameter in the middle") {
    const auto match = f.router.match("POST", "/api/v1/counters/3/call-next");
    CHECK(match.params == std::map<std::string, std::string>{{"id", "3"}});
    CHECK(f.run(match) == "call-next");
  }
  SUBCASE("two parameters") {
    const auto match = f.router.match("POST", "/api/v1/counters/4/tickets/17/call");
    CHECK(match.params == std::map<std::string, std::string>{{"id", "4"}, {"ticket", "17"}});
    CHECK(f.run(match) == "call");
  }
  SUBCASE("the same pattern picks the route of the method") {
    CHECK(f.run(f.router.match("PUT", "/api/v1/counters/2")) == "put-counter");
    CHECK(f.run(f.router.match("DELETE", "/api/v1/counters/2")) == "delete-counter");
  }
  SUBCASE("a parameter takes one segment only") {
    CHECK(f.run(f.router.match("GET", "/api/v1/tickets/abc")) == "ticket");
    CHECK(f.run(f.router.match("POST", "/api/v1/tickets/abc/cancel")) == "cancel");
  }
}

TEST_CASE("a known path with another method is 405, an unknown path 404") {
  Fixture f;
  struct Case {
    const char* method;
    const char* path;
    bool path_known;
  };
  const Case cases[] = {
      {"POST", "/api/v1/health", true},
      {"DELETE", "/api/v1/tickets/abc", true},
      {"GET", "/api/v1/tickets", true},
      {"GET", "/api/v1/counters/3/call-next", true},
      {"get", "/api/v1/health", true},  // methods are case-sensitive
      {"GET", "/api/v1/healthz", false},
      {"GET", "/api/v1", false},
      {"GET", "/", false},
      {"GET", "", false},
      {"POST", "/api/v1/tickets/abc/cancel/now", false},
      {"POST", "/api/v1/counters/3/call-next/x", false},
      {"GET", "/API/V1/HEALTH", false},  // paths are case-sensitive
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.method));
    CAPTURE(std::string(c.path));
    const auto match = f.router.match(c.method, c.path);
    CHECK(match.route == nullptr);
    CHECK(match.params.empty());
    CHECK(match.path_known == c.path_known);
  }
}

TEST_CASE("the router lists its routes in the order added") {
  Fixture f;
  REQUIRE(f.router.routes().size() == 8);
  CHECK(f.router.routes().front().pattern == "/api/v1/health");
  CHECK(f.router.routes().back().method == "DELETE");
}

TEST_CASE("a route that skips the office worker must be public: nobody would check the caller") {
  Router router;
  const auto nothing = [](Call&, Reply) {};
  CHECK_NOTHROW(router.add({"GET", "/t/{token}", Access::Public, false, nothing, false}));
  CHECK_THROWS_AS(router.add({"GET", "/api/v1/secret", Access::Clerk, false, nothing, false}), std::logic_error);
  CHECK(router.routes().size() == 1);
}

// --- access ---------------------------------------------------------------------------------------

Principal anonymous() { return {}; }
Principal device(DeviceKind kind) {
  Principal p;
  p.kind = Principal::Kind::Device;
  p.name = kind == DeviceKind::Kiosk ? "kiosk-1" : "display-1";
  p.device = kind;
  return p;
}
Principal staff(Role role) {
  Principal p;
  p.kind = Principal::Kind::Staff;
  p.name = "anna";
  p.role = role;
  return p;
}

const char* access_name(Access access) {
  switch (access) {
    case Access::Public: return "Public";
    case Access::Authenticated: return "Authenticated";
    case Access::Kiosk: return "Kiosk";
    case Access::Display: return "Display";
    case Access::Device: return "Device";
    case Access::Clerk: return "Clerk";
    case Access::Manager: return "Manager";
    case Access::Admin: return "Admin";
  }
  return "?";
}

TEST_CASE("access rules for every kind of caller") {
  struct Who {
    const char* name;
    Principal principal;
  };
  const Who callers[] = {
      {"anonymous", anonymous()},           {"kiosk", device(DeviceKind::Kiosk)},
      {"display", device(DeviceKind::Display)}, {"clerk", staff(Role::Clerk)},
      {"manager", staff(Role::Manager)},    {"admin", staff(Role::Admin)},
  };
  // Rows: Public, Authenticated, Kiosk, Display, Device, Clerk, Manager, Admin; columns in the order of `callers`.
  const struct {
    Access access;
    bool allowed[6];
  } table[] = {
      //                 anon   kiosk  display clerk  manager admin
      {Access::Public, {true, true, true, true, true, true}},
      {Access::Authenticated, {false, true, true, true, true, true}},
      {Access::Kiosk, {false, true, false, true, true, true}},
      {Access::Display, {false, false, true, true, true, true}},
      {Access::Device, {false, true, true, false, false, false}},  // a device's own status: not staff
      {Access::Clerk, {false, false, false, true, true, true}},
      {Access::Manager, {false, false, false, false, true, true}},
      {Access::Admin, {false, false, false, false, false, true}},
  };
  for (const auto& row : table)
    for (std::size_t i = 0; i < std::size(callers); ++i) {
      CAPTURE(std::string(access_name(row.access)));
      CAPTURE(std::string(callers[i].name));
      CHECK(allowed(row.access, callers[i].principal) == row.allowed[i]);
    }
}

TEST_CASE("fields that do not belong to the kind of caller grant nothing") {
  // role is for staff only, device for devices only: stray values must not leak into access.
  Principal device_with_role = device(DeviceKind::Kiosk);
  device_with_role.role = Role::Admin;
  Principal anonymous_with_role = anonymous();
  anonymous_with_role.role = Role::Admin;
  Principal anonymous_kiosk = anonymous();
  anonymous_kiosk.device = DeviceKind::Kiosk;
  Principal display_with_role = device(DeviceKind::Display);
  display_with_role.role = Role::Admin;

  for (const Access access : {Access::Clerk, Access::Manager, Access::Admin}) {
    CAPTURE(std::string(access_name(access)));
    CHECK_FALSE(allowed(access, device_with_role));
    CHECK_FALSE(allowed(access, anonymous_with_role));
    CHECK_FALSE(allowed(access, display_with_role));
  }
  CHECK(allowed(Access::Kiosk, device_with_role));
  CHECK_FALSE(allowed(Access::Kiosk, anonymous_kiosk));
  CHECK_FALSE(allowed(Access::Kiosk, anonymous_with_role));
  CHECK_FALSE(allowed(Access::Kiosk, display_with_role));
  CHECK(allowed(Access::Display, display_with_role));
  CHECK_FALSE(allowed(Access::Display, device_with_role));
  CHECK_FALSE(allowed(Access::Display, anonymous_with_role));
  // A counter PC or the sync machine reports no kiosk or display health.
  CHECK_FALSE(allowed(Access::Device, device(DeviceKind::Counter)));
  CHECK_FALSE(allowed(Access::Device, device(DeviceKind::Sync)));
}

TEST_CASE("a principal acts as itself in the audit trail") {
  CHECK(anonymous().actor().kind == domain::Actor::Kind::Citizen);
  CHECK(anonymous().actor().name.empty());
  CHECK(device(DeviceKind::Kiosk).actor().kind == domain::Actor::Kind::Device);
  CHECK(device(DeviceKind::Kiosk).actor().name == "kiosk-1");
  CHECK(staff(Role::Manager).actor().kind == domain::Actor::Kind::Staff);
  CHECK(staff(Role::Manager).actor().name == "anna");
}

}  // namespace
}  // namespace civiq::http
