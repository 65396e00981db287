// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_store.hpp"

#include <pqxx/pqxx>

#include <stdexcept>
#include <string_view>

namespace civiq::central {
namespace {

std::int64_t unix_seconds(domain::TimePoint t) { return t.time_since_epoch().count(); }

domain::TimePoint time_of(const pqxx::field& field) {
  return domain::TimePoint{std::chrono::seconds{field.as<std::int64_t>()}};
}

// {"loebau","zittau"}: a text[] parameter, each element quoted.
std::string text_array(const std::vector<std::string>& items) {
  std::string literal = "{";
  for (const auto& item : items) {
    if (literal.size() > 1) literal += ',';
    literal += '"';
    for (const char c : item) {
      if (c == '"' || c == '\\') literal += '\\';
      literal += c;
    }
    literal += '"';
  }
  return literal + "}";
}

// Office ids are written without commas (valid_office_id), so array_to_string(…, ',') splits back.
std::vector<std::string> split_offices(std::string_view list) {
  std::vector<std::string> offices;
  while (!list.empty()) {
    const auto comma = list.find(',');
    offices.emplace_back(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
  }
  return offices;
}

StaffRole role_of(const pqxx::field& field) {
  const auto role = parse_role(field.c_str());
  if (!role) throw std::runtime_error("staff_users: unknown role " + std::string(field.c_str()));
  return *role;
}

}  // namespace

StaffStore::StaffStore(pqxx::connection_base& connection) : pq_(connection) {
  pq_.prepare("staff_add_user",
              "INSERT INTO staff_users (name, password_hash, role, offices) VALUES ($1, $2, $3, $4::text[]) "
              "ON CONFLICT (name) DO NOTHING RETURNING id");
  pq_.prepare("staff_users",
              "SELECT name, role, array_to_string(offices, ','), extract(epoch FROM created_at)::bigint "
              "FROM staff_users ORDER BY name");
  pq_.prepare("staff_remove_user", "DELETE FROM staff_users WHERE name = $1 RETURNING id");
  pq_.prepare("staff_login", "SELECT id, role, password_hash FROM staff_users WHERE name = $1");
  pq_.prepare("staff_drop_ended_sessions", "DELETE FROM staff_sessions WHERE expires_at <= to_timestamp($1)");
  pq_.prepare("staff_open_session",
              "INSERT INTO staff_sessions (token_hash, user_id, expires_at) "
              "VALUES (encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2, to_timestamp($3))");
  pq_.prepare("staff_session",
              "SELECT u.name, u.role, array_to_string(u.offices, ','), extract(epoch FROM s.expires_at)::bigint "
              "FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id "
              "WHERE s.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') AND s.expires_at > to_timestamp($2)");
  pq_.prepare("staff_close_session",
              "DELETE FROM staff_sessions WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')");
  pq_.prepare("staff_add_refusals",
              "INSERT INTO refusals (minute, route, error, subnet, office, count) "
              "VALUES (to_timestamp($1), $2, $3, $4, $5, $6) ON CONFLICT (minute, route, error, subnet, office) "
              "DO UPDATE SET count = refusals.count + EXCLUDED.count");
  pq_.prepare("staff_refusals",
              "SELECT extract(epoch FROM minute)::bigint, route, error, subnet, office, count FROM refusals "
              "WHERE minute >= to_timestamp($1) AND minute < to_timestamp($2) "
              "AND ($3::text[] IS NULL OR office = '' OR office = ANY ($3::text[])) "
              "ORDER BY minute, route, error, subnet, office LIMIT $4");
  pq_.prepare("staff_forget_refusals", "DELETE FROM refusals WHERE minute < to_timestamp($1)");
}

bool StaffStore::add_user(const std::string& name, const std::string& password_hash, StaffRole role,
                          const std::vector<std::string>& offices) {
  pqxx::work write{pq_};
  const bool added = !write.exec_prepared("staff_add_user", name, password_hash, std::string(role_name(role)),
                                          text_array(offices))
                          .empty();
  write.commit();
  return added;
}

std::vector<StaffUser> StaffStore::users() {
  pqxx::read_transaction read{pq_};
  std::vector<StaffUser> users;
  for (const auto& row : read.exec_prepared("staff_users"))
    users.push_back({row[0].as<std::string>(), role_of(row[1]), split_offices(row[2].c_str()), time_of(row[3])});
  return users;
}

bool StaffStore::remove_user(const std::string& name) {
  pqxx::work write{pq_};
  const bool removed = !write.exec_prepared("staff_remove_user", name).empty();  // sessions: ON DELETE CASCADE
  write.commit();
  return removed;
}

std::optional<StaffLogin> StaffStore::find_login(const std::string& name) {
  pqxx::read_transaction read{pq_};
  const auto found = read.exec_prepared("staff_login", name);
  if (found.empty()) return std::nullopt;
  return StaffLogin{found[0][0].as<std::int64_t>(), role_of(found[0][1]), found[0][2].as<std::string>()};
}

void StaffStore::open_session(std::int64_t user_id, const std::string& token, domain::TimePoint expires_at,
                              domain::TimePoint now) {
  pqxx::work write{pq_};
  write.exec_prepared("staff_drop_ended_sessions", unix_seconds(now));
  write.exec_prepared("staff_open_session", token, user_id, unix_seconds(expires_at));
  write.commit();
}

std::optional<StaffPrincipal> StaffStore::session(const std::string& token, domain::TimePoint now) {
  pqxx::read_transaction read{pq_};
  const auto found = read.exec_prepared("staff_session", token, unix_seconds(now));
  if (found.empty()) return std::nullopt;
  const auto& row = found[0];
  return StaffPrincipal{row[0].as<std::string>(), role_of(row[1]), split_offices(row[2].c_str()), time_of(row[3])};
}

void StaffStore::close_session(const std::string& token) {
  pqxx::work write{pq_};
  write.exec_prepared("staff_close_session", token);
  write.commit();
}

void StaffStore::add_refusals(const std::vector<RefusalCount>& counts) {
  if (counts.empty()) return;
  pqxx::work write{pq_};
  for (const auto& [key, count] : counts)
    write.exec_prepared("staff_add_refusals", unix_seconds(key.minute), key.route, key.error, key.subnet, key.office,
                        count);
  write.commit();
}

std::vector<RefusalCount> StaffStore::refusals(domain::TimePoint from, domain::TimePoint to,
                                               const std::optional<std::vector<std::string>>& offices,
                                               std::size_t limit) {
  pqxx::read_transaction read{pq_};
  std::vector<RefusalCount> counts;
  const std::optional<std::string> office_list = offices ? std::optional(text_array(*offices)) : std::nullopt;
  for (const auto& row : read.exec_prepared("staff_refusals", unix_seconds(from), unix_seconds(to), office_list,
                                            static_cast<std::int64_t>(limit)))
    counts.push_back({{time_of(row[0]), row[1].as<std::string>(), row[2].as<std::string>(), row[3].as<std::string>(),
                       row[4].as<std::string>()},
                      row[5].as<std::int64_t>()});
  return counts;
}

std::size_t StaffStore::forget_refusals_before(domain::TimePoint cutoff) {
  pqxx::work write{pq_};
  const auto gone = write.exec_prepared("staff_forget_refusals", unix_seconds(cutoff)).affected_rows();
  write.commit();
  return static_cast<std::size_t>(gone);
}

}  // namespace civiq::central
