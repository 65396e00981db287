// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Runs a piece of work at once and then every `every` on a thread of its own, until destroyed (which
// wakes and joins it: a stop never waits out an interval). The work should only post to the
// database workers, so a slow database never delays the next round's timing.
// Thread rule: construct and destroy on one thread.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace civiq::central {

class Periodic {
 public:
  Periodic(std::chrono::milliseconds every, std::function<void()> work);
  ~Periodic();
  Periodic(const Periodic&) = delete;
  Periodic& operator=(const Periodic&) = delete;

 private:
  std::chrono::milliseconds every_;
  std::function<void()> work_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;  // last: started once everything above is ready
};

}  // namespace civiq::central
