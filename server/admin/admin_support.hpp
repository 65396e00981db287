// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Shared bits of civiq-admin's commands: opening (and migrating) the branch database, the clock,
// and failing with a message. Commands report to stderr; stdout carries only requested output
// (a device token, a CSV export) so scripts can capture it.
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "storage/database.hpp"

namespace civiq::admin {

struct AdminError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[nodiscard]] storage::Database open_database(const std::string& path);
[[nodiscard]] std::int64_t unix_now();
// One line from stdin, for passwords (never on the command line, where `ps` would show them).
[[nodiscard]] std::string read_password();

int add_user(const std::string& db, const std::string& name, const std::string& role);
int reset_password(const std::string& db, const std::string& name);
int set_user_disabled(const std::string& db, const std::string& name, bool disabled);
int enroll_device(const std::string& db, const std::string& name, const std::string& kind);
int revoke_device(const std::string& db, const std::string& name);
int list_devices(const std::string& db);
int backup(const std::string& db, const std::string& destination);
int import_appointments(const std::string& db, const std::string& office_id, const std::string& csv_path);
int export_events(const std::string& db, const std::string& csv_path);
int forget_personal_data(const std::string& db, int retention_days);
int check_config(const std::string& db, const std::string& config_path);

}  // namespace civiq::admin
