// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The way back of branch sync (issue #16, docs/sync.md): the office's queue events go to central
// booking as anonymous facts (protocol/branch_facts.hpp). The outbox is the event log itself after
// the last event the centre acknowledged (storage/sync_cursor.hpp), so nothing is queued twice and
// nothing recorded is left out: a thread of its own reads a batch on the office worker, posts it,
// and moves the mark once the centre has stored it. Every fact carries its global identity, so a
// batch sent again (an answer lost, a crash before the mark, a restored backup) is stored once.
// While the centre is unreachable the outbox grows in the event log and drains when it answers.
// Thread rule: construct and destroy on one thread; destroy before the office worker stops.
#include <string>
#include <thread>

#include "app/branch_config.hpp"
#include "app/serial_worker.hpp"
#include "app/stop_signal.hpp"
#include "storage/database.hpp"

namespace civiq::app {

class FactUpload {
 public:
  // The most facts one request carries (about 250 bytes each: well inside the centre's body limit).
  static constexpr std::size_t kBatch = 200;

  // Reads the credential from config.sync.credential_file (throws when it cannot).
  FactUpload(const BranchConfig& config, SerialWorker& office_worker, storage::Database& db);
  ~FactUpload();  // stops the thread within about a second
  FactUpload(const FactUpload&) = delete;
  FactUpload& operator=(const FactUpload&) = delete;

 private:
  enum class Sent { more, all, failed };
  void run();
  Sent send_once();
  void report(bool ok, const std::string& what);

  const BranchConfig& config_;
  SerialWorker& office_worker_;
  storage::Database& db_;
  std::string credential_;
  bool failing_ = false;  // logged once when uploads start failing, once when they work again
  StopSignal stop_;  // also ends a fetch under way
  std::thread thread_;  // started last, in the constructor's body
};

}  // namespace civiq::app
