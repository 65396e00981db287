// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The configuration of one branch (one office), read from a TOML file (/etc/civiq/branch.toml when
// installed) or from the built-in Löbau demo. Invalid configuration is a startup failure with a
// message naming the file, line and key; the server then does not start.
#include <cstdint>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "config/config_error.hpp"
#include "domain/catalog.hpp"
#include "domain/office_queue.hpp"
#include "domain/wait_estimator.hpp"

namespace civiq::app {

using ConfigError = config::ConfigError;

// A reason a clerk may give for a break, with its name in the office's languages.
struct BreakReasonConfig {
  std::string id;                            // "lunch": stored in the event, sent to clients
  std::map<std::string, std::string> names;  // language -> name; "de" always present
  [[nodiscard]] std::string name(const std::string& language) const;
};

// Pause, Mittagspause, Rückfrage im Büro, Besprechung: what a branch gets without [[breaks.reasons]].
[[nodiscard]] std::vector<BreakReasonConfig> default_break_reasons();

// Pulling the office's appointments from central booking (issue #16, docs/sync.md); off when
// central_url is empty.
struct SyncConfig {
  std::string central_url;                 // "https://termine.example.org"
  std::filesystem::path credential_file;   // the branch's credential (civiq-central branches add)
  std::chrono::seconds wait{25};           // a pull waits this long at the centre for a change (long poll)
  std::chrono::seconds interval{5};        // the pause after a failed pull, and between pulls when wait is 0
  std::chrono::seconds timeout{10};        // for one pull, connect to last byte, on top of the wait
  int days_ahead = 7;                      // the window: today's appointments and those of this many days after
};

struct BranchConfig {
  std::string office_id;
  std::string public_base_url;  // live-ticket links are public_base_url + "/t/" + token
  std::vector<std::string> languages{"de", "en", "pl", "cs"};  // offered to citizens; German first
  std::string listen_address = "127.0.0.1";
  std::uint16_t listen_port = 8080;
  std::string database_path = "civiq.db";
  std::filesystem::path web_root;  // the live-ticket page (mobile-ticket-web); empty = built-in default
  std::filesystem::path manage_root;  // the manager's dashboard (manage-web); empty = built-in default
  unsigned threads = 2;
  std::size_t body_limit_bytes = 64 * 1024;
  int public_requests_per_minute = 600;  // per client address: live-ticket status, cancel, postpone
  int login_attempts_per_minute = 10;    // per client address
  // Work that waited longer than this for the office worker is answered 503 (load shedding).
  std::chrono::milliseconds queue_deadline{3000};
  int personal_data_retention_days = 30;
  // The statistics' service level: a served citizen should have waited at most this long.
  std::chrono::seconds sla_target_wait{std::chrono::minutes{20}};
  std::string display_info_line;  // shown on waiting-room displays; empty = none
  std::string kiosk_printer;      // CUPS queue the kiosks print tickets on; empty = each kiosk's default
  std::vector<BreakReasonConfig> break_reasons = default_break_reasons();  // their ids are in queue.break_reasons
  std::shared_ptr<const domain::Catalog> catalog;
  domain::QueueConfig queue;
  domain::WaitEstimateConfig estimates;
  SyncConfig sync;
};

// Parses TOML text; `source` names it in error messages (a path or "<demo>").
[[nodiscard]] BranchConfig parse_branch_config(std::string_view toml_text, const std::string& source);
[[nodiscard]] BranchConfig load_branch_config(const std::filesystem::path& path);
// The built-in Löbau demo branch (server/app/demo_loebau.toml, compiled in).
[[nodiscard]] BranchConfig demo_branch_config();
// "127.0.0.1:8080" -> address and port; throws ConfigError.
void apply_listen(BranchConfig& config, const std::string& host_port);

}  // namespace civiq::app
