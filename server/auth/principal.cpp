// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "principal.hpp"

namespace civiq::auth {

std::optional<Role> parse_role(std::string_view text) {
  if (text == "clerk") return Role::Clerk;
  if (text == "manager") return Role::Manager;
  if (text == "admin") return Role::Admin;
  return std::nullopt;
}

const char* role_name(Role role) {
  switch (role) {
    case Role::Clerk: return "clerk";
    case Role::Manager: return "manager";
    case Role::Admin: return "admin";
  }
  return "clerk";
}

std::optional<DeviceKind> parse_device_kind(std::string_view text) {
  if (text == "kiosk") return DeviceKind::Kiosk;
  if (text == "display") return DeviceKind::Display;
  if (text == "counter") return DeviceKind::Counter;
  if (text == "sync") return DeviceKind::Sync;
  return std::nullopt;
}

const char* device_kind_name(DeviceKind kind) {
  switch (kind) {
    case DeviceKind::Kiosk: return "kiosk";
    case DeviceKind::Display: return "display";
    case DeviceKind::Counter: return "counter";
    case DeviceKind::Sync: return "sync";
  }
  return "kiosk";
}

domain::Actor Principal::actor() const {
  switch (kind) {
    case Kind::Device: return {domain::Actor::Kind::Device, name};
    case Kind::Staff: return {domain::Actor::Kind::Staff, name};
    case Kind::Anonymous: break;
  }
  return {domain::Actor::Kind::Citizen, {}};
}

}  // namespace civiq::auth
