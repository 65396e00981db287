// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "router.hpp"

#include <stdexcept>

namespace civiq::http {
namespace {

std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string_view::npos ? path.size() : slash;
    if (end > start) parts.push_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return parts;
}

bool match_pattern(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& params) {
  const auto want = split(pattern);
  const auto have = split(path);
  if (want.size() != have.size()) return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (want[i].starts_with('{') && want[i].ends_with('}'))
      found.emplace(want[i].substr(1, want[i].size() - 2), have[i]);
    else if (want[i] != have[i])
      return false;
  }
  params = std::move(found);
  return true;
}

}  // namespace

void Router::add(Route route) {
  // Callers are identified on the office worker: a route off it would answer everybody.
  if (!route.needs_office && route.access != Access::Public)
    throw std::logic_error(route.method + " " + route.pattern + ": only public routes may skip the office worker");
  routes_.push_back(std::move(route));
}

void Router::add(const protocol::RouteDef& def, Access access, bool rate_limited, Handler handler, bool needs_office) {
  add({std::string(def.method), std::string(def.pattern), access, rate_limited, std::move(handler), needs_office});
}

namespace {
const std::string kGet = "GET";
}

RouteMatch Router::match(const std::string& method, const std::string& path) const {
  RouteMatch result;
  const std::string& wanted = method == "HEAD" ? kGet : method;  // RFC 9110 §9.3.2: HEAD is a GET without body
  for (const auto& route : routes_) {
    std::map<std::string, std::string> params;
    if (!match_pattern(route.pattern, path, params)) continue;
    result.path_known = true;
    if (route.method == wanted) {
      result.route = &route;
      result.params = std::move(params);
      return result;
    }
    result.allow += (result.allow.empty() ? "" : ", ") + route.method;
    if (route.method == kGet) result.allow += ", HEAD";
  }
  return result;
}

bool allowed(Access access, const auth::Principal& principal) {
  switch (access) {
    case Access::Public:
      return true;
    case Access::Authenticated:
      return principal.kind != auth::Principal::Kind::Anonymous;
    case Access::Kiosk:
      return principal.is_device(auth::DeviceKind::Kiosk) || principal.is_staff(auth::Role::Clerk);
    case Access::Display:
      return principal.is_device(auth::DeviceKind::Display) || principal.is_staff(auth::Role::Clerk);
    case Access::Device:
      return principal.is_device(auth::DeviceKind::Kiosk) || principal.is_device(auth::DeviceKind::Display);
    case Access::Clerk:
      return principal.is_staff(auth::Role::Clerk);
    case Access::Manager:
      return principal.is_staff(auth::Role::Manager);
    case Access::Admin:
      return principal.is_staff(auth::Role::Admin);
  }
  return false;
}

}  // namespace civiq::http
