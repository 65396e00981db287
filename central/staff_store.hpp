// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Staff accounts (staff_users), their sessions (staff_sessions) and the audit log of refusals
// (refusals) in PostgreSQL, migration 0007. No SQL of these tables leaves this file pair. A
// session's token is kept only as its SHA-256. It works on the connection of the BookingStore that
// owns it (BookingStore::staff()), so a database worker reaches both.
// Thread rule: as its BookingStore: one thread at a time.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "refusal_log.hpp"
#include "staff_access.hpp"

namespace pqxx {
class connection_base;
}

namespace civiq::central {

struct StaffUser {
  std::string name;
  StaffRole role = StaffRole::Manager;
  std::vector<std::string> offices;
  domain::TimePoint created_at;
};

struct StaffLogin {
  std::int64_t user_id = 0;
  StaffRole role = StaffRole::Manager;
  std::string password_hash;  // argon2id
};

class StaffStore {
 public:
  // Declares its statements (libpqxx prepares them at first use, after the migrations).
  explicit StaffStore(pqxx::connection_base& connection);

  // False when a user of that name exists already. A manager needs at least one office.
  [[nodiscard]] bool add_user(const std::string& name, const std::string& password_hash, StaffRole role,
                              const std::vector<std::string>& offices);
  [[nodiscard]] std::vector<StaffUser> users();
  // Removes the user and ends their sessions; false when there is none of that name.
  [[nodiscard]] bool remove_user(const std::string& name);

  [[nodiscard]] std::optional<StaffLogin> find_login(const std::string& name);
  // A session of the user for `token` until `expires_at`; sessions that ended by `now` are deleted
  // on the way.
  void open_session(std::int64_t user_id, const std::string& token, domain::TimePoint expires_at,
                    domain::TimePoint now);
  // Who the session of `token` is, while it lasts.
  [[nodiscard]] std::optional<StaffPrincipal> session(const std::string& token, domain::TimePoint now);
  void close_session(const std::string& token);

  // Adds the counts to the table, one upsert per key, in one transaction.
  void add_refusals(const std::vector<RefusalCount>& counts);
  // The counts of minutes in [from, to), oldest first, at most `limit`; `offices`: only refusals that
  // named one of them or no office (nothing: all).
  [[nodiscard]] std::vector<RefusalCount> refusals(domain::TimePoint from, domain::TimePoint to,
                                                   const std::optional<std::vector<std::string>>& offices,
                                                   std::size_t limit);
  // Retention: deletes the counts of minutes before `cutoff`; returns how many rows went.
  std::size_t forget_refusals_before(domain::TimePoint cutoff);

 private:
  pqxx::connection_base& pq_;
};

}  // namespace civiq::central
