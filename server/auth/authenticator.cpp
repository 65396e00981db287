// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "authenticator.hpp"

#include "secrets.hpp"

namespace civiq::auth {

Authenticator::Authenticator(storage::Database& db) : users_(db), sessions_(db), devices_(db) {}

Authentication Authenticator::authenticate(const std::optional<std::string>& bearer, std::chrono::sys_seconds now) {
  if (!bearer || bearer->empty()) return {TokenCheck::Missing, {}};
  const std::string digest = token_digest(*bearer);
  if (const auto session = sessions_.find(digest, now.time_since_epoch().count())) {
    const auto user = users_.find_by_id(session->user_id);
    const auto role = user ? parse_role(user->role) : std::nullopt;
    if (user && !user->disabled && role) {
      const Principal principal{Principal::Kind::Staff, user->name, *role, DeviceKind::Kiosk, digest,
                                std::chrono::sys_seconds{std::chrono::seconds{session->expires_at}}};
      return {TokenCheck::Valid, principal};
    }
    return {TokenCheck::Invalid, {}};
  }
  if (const auto device = devices_.find_by_token_hash(digest); device && !device->revoked) {
    if (const auto kind = parse_device_kind(device->kind))
      return {TokenCheck::Valid, Principal{Principal::Kind::Device, device->name, Role::Clerk, *kind, {}}};
  }
  return {TokenCheck::Invalid, {}};
}

std::optional<PendingLogin> Authenticator::find_login(const std::string& user) {
  const auto row = users_.find_by_name(user);
  if (!row || row->disabled) return std::nullopt;
  const auto role = parse_role(row->role);
  if (!role) return std::nullopt;
  return PendingLogin{row->id, row->name, *role, row->password_hash};
}

Session Authenticator::open_session(const PendingLogin& login, std::chrono::sys_seconds now) {
  Session session{random_token(kSessionTokenBytes), login.role, now + kSessionLifetime};
  sessions_.create(token_digest(session.token), login.user_id, now.time_since_epoch().count(),
                   session.expires_at.time_since_epoch().count());
  return session;
}

void Authenticator::close_session(const Principal& principal) {
  if (principal.kind == Principal::Kind::Staff) (void)sessions_.remove(principal.session_digest);
}

void Authenticator::purge_expired(std::chrono::sys_seconds now) {
  (void)sessions_.purge_expired(now.time_since_epoch().count());
}

std::vector<storage::DeviceRow> Authenticator::active_devices() {
  auto devices = devices_.list();
  std::erase_if(devices, [](const storage::DeviceRow& device) { return device.revoked; });
  return devices;
}

}  // namespace civiq::auth
