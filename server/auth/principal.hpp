// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Who is calling: nobody, an enrolled device, or a signed-in staff member, and what they may do.
// Staff roles nest (admin ⊇ manager ⊇ clerk); devices are not staff.
#include <optional>
#include <chrono>
#include <string>
#include <string_view>

#include "domain/events.hpp"

namespace civiq::auth {

enum class Role { Clerk = 1, Manager = 2, Admin = 3 };
// Enrolled machines. Counter (a clerk's workstation) and Sync (the central booking service's machine
// credential) are known kinds that no route grants anything yet; their roles come with their issues.
enum class DeviceKind { Kiosk, Display, Counter, Sync };

[[nodiscard]] std::optional<Role> parse_role(std::string_view text);
[[nodiscard]] const char* role_name(Role role);
[[nodiscard]] std::optional<DeviceKind> parse_device_kind(std::string_view text);
[[nodiscard]] const char* device_kind_name(DeviceKind kind);

struct Principal {
  enum class Kind { Anonymous, Device, Staff };
  Kind kind = Kind::Anonymous;
  std::string name;
  Role role = Role::Clerk;               // staff only
  DeviceKind device = DeviceKind::Kiosk;  // devices only
  std::string session_digest;            // staff only: lets logout end this session
  std::chrono::sys_seconds session_expires_at{};  // staff only

  [[nodiscard]] bool is_staff(Role at_least) const { return kind == Kind::Staff && role >= at_least; }
  [[nodiscard]] bool is_device(DeviceKind k) const { return kind == Kind::Device && device == k; }
  [[nodiscard]] domain::Actor actor() const;
};

}  // namespace civiq::auth
