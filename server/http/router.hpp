// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The route table: method + path pattern ("/api/v1/counters/{id}/call-next") -> access rule and
// handler. docs/api.md must document every route (checked by a test through --print-routes).
// Thread rule: built at startup, then only read.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "domain/berlin_time.hpp"
#include "net/http_server.hpp"
#include "protocol/routes.hpp"

namespace civiq::http {

namespace route = protocol::route;

enum class Access {
  Public,
  Authenticated,  // any valid token: staff or device
  Kiosk,    // a kiosk device, or staff
  Display,  // a display device, or staff
  Device,   // a kiosk or display device speaking for itself (not staff)
  Clerk,    // staff with at least this role
  Manager,
  Admin,
};

struct Call {
  const net::HttpRequest& request;
  std::map<std::string, std::string> params;  // {id}, {token}, {code}
  auth::Principal principal;
  domain::TimePoint now;
};

using Reply = std::function<void(net::HttpResponse)>;
using Handler = std::function<void(Call& call, Reply reply)>;

struct Route {
  std::string method;
  std::string pattern;
  Access access = Access::Public;
  bool rate_limited = false;  // public routes citizens' phones hit, and login
  Handler handler;
  bool needs_office = true;  // false: public, runs on the network thread (static files)
};

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  bool path_known = false;  // some route has this path (so a miss is 405, not 404)
  std::string allow;        // the methods of this path for a 405's Allow header ("GET, HEAD")
};

class Router {
 public:
  void add(Route route);
  void add(const protocol::RouteDef& def, Access access, bool rate_limited, Handler handler, bool needs_office = true);
  // HEAD matches the GET route of a path (the network layer sends the head without the body).
  [[nodiscard]] RouteMatch match(const std::string& method, const std::string& path) const;
  [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

[[nodiscard]] bool allowed(Access access, const auth::Principal& principal);

}  // namespace civiq::http
