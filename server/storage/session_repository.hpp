// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// SessionRepository: staff login sessions (table sessions). Invariants: only a hash of the session
// token is stored (a copy of the database logs nobody in); a session belongs to an existing user
// (FOREIGN KEY, deleted with the user); a session with expires_at <= now is never returned.
// Thread rule: that of its Database (one thread at a time); must not outlive it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "database.hpp"
#include "statement.hpp"

namespace civiq::storage {

struct SessionRow {
  std::int64_t user_id = 0;
  std::int64_t expires_at = 0;  // unix seconds
  friend bool operator==(const SessionRow&, const SessionRow&) = default;
};

class SessionRepository {
 public:
  explicit SessionRepository(Database& db);

  // ConstraintError when the user does not exist (ForeignKey) or the hash is already in use (duplicate).
  void create(std::string_view token_hash, std::int64_t user_id, std::int64_t now_unix, std::int64_t expires_at);
  // The live session for this hash; expired sessions count as absent.
  [[nodiscard]] std::optional<SessionRow> find(std::string_view token_hash, std::int64_t now_unix);
  // Logout. False when there was no such session.
  bool remove(std::string_view token_hash);
  // Ends every session of a user (after a password change or when the user is disabled).
  std::size_t remove_all_for_user(std::int64_t user_id);
  // Deletes sessions that expired at or before `now_unix`; returns how many.
  std::size_t purge_expired(std::int64_t now_unix);

 private:
  Statement create_;
  Statement find_;
  Statement remove_;
  Statement remove_all_for_user_;
  Statement purge_expired_;
};

}  // namespace civiq::storage
