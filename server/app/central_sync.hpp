// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The branch's pull of its office's appointments from central booking (issue #16, docs/sync.md).
// A thread of its own asks the centre for the changes after the last one applied (a cursor kept in
// SQLite; a long poll: the centre answers when there are some, or after sync.wait), and hands each batch to the office worker, which imports it like civiq-admin's import
// (an upsert by code: applying a batch twice changes nothing) and moves the cursor. The fetch never
// runs on the office worker: a centre that is down, slow or answers garbage costs the queue nothing;
// the branch goes on with the appointments it has and catches up when the centre answers again.
// Thread rule: construct and destroy on one thread; destroy before the office worker stops.
#include <cstdint>
#include <string>
#include <thread>

#include "app/branch_config.hpp"
#include "app/office_clock.hpp"
#include "app/office_service.hpp"
#include "app/serial_worker.hpp"
#include "app/stop_signal.hpp"
#include "protocol/booking_messages.hpp"
#include "storage/database.hpp"

namespace civiq::app {

// A pulled batch as the office imports it: the appointments whose services this office offers, and
// the codes of the others (refused, and logged). `kept`: filled after the import, the cancelled
// appointments whose citizen had checked in already (logged; the ticket stays).
struct ImportableBatch {
  std::vector<domain::Appointment> appointments;
  std::vector<std::string> refused;
  std::vector<std::string> kept;
};
// The branch's credential: the first line of `file` (throws when there is none).
[[nodiscard]] std::string read_branch_credential(const std::filesystem::path& file);

[[nodiscard]] ImportableBatch importable(const protocol::SyncBatch& batch, const domain::Catalog& catalog);

class CentralSync {
 public:
  // Reads the credential from config.sync.credential_file (throws when it cannot).
  CentralSync(const BranchConfig& config, SerialWorker& office_worker, OfficeService& office, storage::Database& db,
              const OfficeClock& clock);
  ~CentralSync();  // stops the thread within about a second, also during a long poll
  CentralSync(const CentralSync&) = delete;
  CentralSync& operator=(const CentralSync&) = delete;

 private:
  void run();
  enum class Pulled { again_now, pause, failed };
  // One pull (a long poll when sync.wait > 0) and its import.
  Pulled pull_once();
  void report(bool ok, const std::string& what);

  const BranchConfig& config_;
  SerialWorker& office_worker_;
  OfficeService& office_;
  storage::Database& db_;
  const OfficeClock& clock_;
  std::string credential_;
  std::int64_t cursor_ = 0;
  bool failing_ = false;  // logged once when pulls start failing, once when they work again
  StopSignal stop_;  // also ends a fetch under way
  std::thread thread_;  // started last, in the constructor's body
};

}  // namespace civiq::app
