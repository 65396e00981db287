// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "session_repository.hpp"

namespace civiq::storage {
namespace {

std::size_t run_counting(Statement& statement) {
  statement.run();
  return static_cast<std::size_t>(statement.changes());
}

}  // namespace

SessionRepository::SessionRepository(Database& db)
    : create_(db,
              "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
              "VALUES (:token_hash, :user_id, :created_at, :expires_at)"),
      find_(db, "SELECT user_id, expires_at FROM sessions WHERE token_hash = :token_hash AND expires_at > :now"),
      remove_(db, "DELETE FROM sessions WHERE token_hash = :token_hash"),
      remove_all_for_user_(db, "DELETE FROM sessions WHERE user_id = :user_id"),
      purge_expired_(db, "DELETE FROM sessions WHERE expires_at <= :now") {}

void SessionRepository::create(std::string_view token_hash, std::int64_t user_id, std::int64_t now_unix,
                               std::int64_t expires_at) {
  const Execution execution{create_};
  create_.bind(":token_hash", token_hash)
      .bind(":user_id", user_id)
      .bind(":created_at", now_unix)
      .bind(":expires_at", expires_at);
  create_.run();
}

std::optional<SessionRow> SessionRepository::find(std::string_view token_hash, std::int64_t now_unix) {
  const Execution execution{find_};
  find_.bind(":token_hash", token_hash).bind(":now", now_unix);
  if (!find_.step()) return std::nullopt;
  return SessionRow{.user_id = find_.int64(0), .expires_at = find_.int64(1)};
}

bool SessionRepository::remove(std::string_view token_hash) {
  const Execution execution{remove_};
  remove_.bind(":token_hash", token_hash);
  return run_counting(remove_) > 0;
}

std::size_t SessionRepository::remove_all_for_user(std::int64_t user_id) {
  const Execution execution{remove_all_for_user_};
  remove_all_for_user_.bind(":user_id", user_id);
  return run_counting(remove_all_for_user_);
}

std::size_t SessionRepository::purge_expired(std::int64_t now_unix) {
  const Execution execution{purge_expired_};
  purge_expired_.bind(":now", now_unix);
  return run_counting(purge_expired_);
}

}  // namespace civiq::storage
