// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Where the database's backends spend a phase of concurrent writers: pg_stat_activity sampled every
// few milliseconds, each backend of the database counted under its state and wait event
// ("active/Lock/advisory": waiting for another's advisory lock; "active/LWLock/WALWrite" and
// "active/IO/WALSync": the commit's flush; "active/-/-": running; "idle in transaction/Client/
// ClientRead": waiting for the next statement of its client; "idle/...": between transactions).
// Answers "why is the rate below its limit: lock waits, the disk, or the CPU?".
// Thread rule: start() and stop() from one thread; the sampler runs its own thread and connection.
#include <atomic>
#include <cstddef>
#include <map>
#include <string>
#include <thread>

namespace civiq::bench {

struct Waits {
  std::size_t samples = 0;                      // snapshots taken
  std::map<std::string, std::size_t> backends;  // state/wait_event_type/wait_event → backends seen
};

class WaitSampler {
 public:
  explicit WaitSampler(std::string uri) : uri_(std::move(uri)) {}
  ~WaitSampler() { stop(); }
  WaitSampler(const WaitSampler&) = delete;
  WaitSampler& operator=(const WaitSampler&) = delete;

  void start();
  Waits stop();

 private:
  std::string uri_;
  std::atomic<bool> stopping_{false};
  Waits waits_;
  std::thread thread_;
};

}  // namespace civiq::bench
