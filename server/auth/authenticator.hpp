// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Authenticator: turns a bearer token into a Principal, and signs staff in and out. Tokens are
// looked up by digest (see secrets.hpp); disabled users and revoked devices are refused.
// Thread rule: uses the office database connection, so only on the office worker thread.
// Password verification (argon2id, slow) is split out so callers can run it on another thread:
// find_password_hash() on the worker, verify_password() elsewhere, open_session() on the worker.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "principal.hpp"
#include "storage/device_repository.hpp"
#include "storage/session_repository.hpp"
#include "storage/user_repository.hpp"

namespace civiq::auth {

enum class TokenCheck { Valid, Missing, Invalid };

struct Authentication {
  TokenCheck check = TokenCheck::Missing;
  Principal principal;
};

struct PendingLogin {
  std::int64_t user_id = 0;
  std::string name;
  Role role = Role::Clerk;
  std::string password_hash;
};

struct Session {
  std::string token;
  Role role = Role::Clerk;
  std::chrono::sys_seconds expires_at;
};

class Authenticator {
 public:
  static constexpr std::chrono::hours kSessionLifetime{12};

  explicit Authenticator(storage::Database& db);

  [[nodiscard]] Authentication authenticate(const std::optional<std::string>& bearer, std::chrono::sys_seconds now);
  [[nodiscard]] std::optional<PendingLogin> find_login(const std::string& user);
  [[nodiscard]] Session open_session(const PendingLogin& login, std::chrono::sys_seconds now);
  void close_session(const Principal& principal);
  void purge_expired(std::chrono::sys_seconds now);
  // The enrolled devices that are not revoked, by name.
  [[nodiscard]] std::vector<storage::DeviceRow> active_devices();

 private:
  storage::UserRepository users_;
  storage::SessionRepository sessions_;
  storage::DeviceRepository devices_;
};

}  // namespace civiq::auth
