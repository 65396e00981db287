// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The branch's pull of its office's appointments from central booking (issue #16, docs/sync.md).
// A thread of its own asks the centre for the changes after the last one applied (a cursor kept in
// SQLite; a long poll: the centre answers when there are some, or after sync.wait), and hands each
// batch to the office worker, which imports it like civiq-admin's import (an upsert by code:
// applying a batch twice changes nothing) and moves the cursor. The branch holds a window of days,
// today and sync.days_ahead after: when a new day enters it, its appointments are fetched once
// (from..until), and an appointment moved out of it is dropped. The fetch never
// runs on the office worker: a centre that is down, slow or answers garbage costs the queue nothing;
// the branch goes on with the appointments it has and catches up when the centre answers again.
// Thread rule: construct and destroy on one thread; destroy before the office worker stops.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "app/branch_config.hpp"
#include "app/office_clock.hpp"
#include "app/office_service.hpp"
#include "app/serial_worker.hpp"
#include "app/stop_signal.hpp"
#include "protocol/booking_messages.hpp"
#include "storage/database.hpp"
#include "storage/sync_cursor.hpp"

namespace civiq::app {

// A pulled batch as the office imports it: the appointments that keep the shared booking rules
// (booking/appointment_rules.hpp: a code of this office, a citizen's name) and whose services this
// office offers, and the others (refused with the reason, and logged). An appointment outside the
// window comes as a cancellation when the branch holds it, and not at all when it does not.
// `kept`: filled after the import, the cancelled appointments whose citizen had checked in already
// (logged; the ticket stays).
struct RefusedAppointment {
  std::string code;
  std::string why;
};
struct ImportableBatch {
  std::vector<domain::Appointment> appointments;
  std::vector<RefusedAppointment> refused;
  std::vector<std::string> kept;
};
// The branch's credential: the first line of `file` (throws when there is none).
[[nodiscard]] std::string read_branch_credential(const std::filesystem::path& file);

// `holds(code)`: whether the branch has that appointment.
[[nodiscard]] ImportableBatch importable(const protocol::SyncBatch& batch, const domain::Catalog& catalog,
                                         std::string_view office_id,
                                         const std::function<bool(const std::string&)>& holds);

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
  // One pull (a long poll when sync.wait > 0) and its import; first the window's new days, if any.
  Pulled pull_once();
  // Fetches the appointments of the days after the window's end up to `end`; false when it failed.
  bool widen_window(domain::LocalDate end);
  // The window's last day as of now: the office's today plus sync.days_ahead.
  [[nodiscard]] domain::LocalDate window_end_now() const;
  // One GET of the pull route with `query`; none (reported) when the centre gave no usable answer.
  std::optional<protocol::SyncBatch> fetch(const std::string& query, std::chrono::seconds wait);
  // Imports `batch` on the office worker and stores `cursor`; logs what was refused or kept.
  void apply(const protocol::SyncBatch& batch, const storage::PullCursor& cursor);
  void report(bool ok, const std::string& what);

  const BranchConfig& config_;
  SerialWorker& office_worker_;
  OfficeService& office_;
  storage::Database& db_;
  const OfficeClock& clock_;
  std::string credential_;
  storage::PullCursor cursor_;
  bool failing_ = false;  // logged once when pulls start failing, once when they work again
  StopSignal stop_;  // also ends a fetch under way
  std::thread thread_;  // started last, in the constructor's body
};

}  // namespace civiq::app
