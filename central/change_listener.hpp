// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Hears PostgreSQL announce an office's changed appointments (NOTIFY booking_changes, sent at commit
// by migration 0013's trigger) and wakes that office's parked pulls (SyncWaiters); twice a second it
// times out the pulls whose wait is over. A thread of its own with its own connection: whatever
// commits the change (this process, the admin's shell command, a second civiq-central) is heard.
// When the connection is lost, it connects again (logged once each way) and then wakes every pull,
// since a change may have gone unheard meanwhile.
// Thread rule: construct and destroy on one thread.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "sync_waiters.hpp"

namespace civiq::central {

class ChangeListener {
 public:
  ChangeListener(std::string database_uri, SyncWaiters& waiters);
  ~ChangeListener();  // stops within half a second
  ChangeListener(const ChangeListener&) = delete;
  ChangeListener& operator=(const ChangeListener&) = delete;

 private:
  void run();
  void listen_until_lost(bool& lost);  // returns when stopping, throws when the connection is lost
  // Waits up to `pause` unless stopping; false once stopping.
  bool pause_unless_stopping(std::chrono::milliseconds pause);

  std::string database_uri_;
  SyncWaiters& waiters_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread thread_;  // last: started once everything above is ready
};

}  // namespace civiq::central
