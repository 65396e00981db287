// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How a background thread of the branch (CentralSync, FactUpload) is told to stop: its pauses end
// at once, and flag() can be handed to a fetch under way (net::http_get's `cancelled`).
// Thread rule: stop() from any thread; pause() from the thread that is stopped.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace civiq::app {

class StopSignal {
 public:
  void stop() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
  }
  [[nodiscard]] bool stopping() const { return stopping_.load(); }
  [[nodiscard]] const std::atomic<bool>& flag() const { return stopping_; }
  // Waits `pause` unless stopped meanwhile; false once stopping.
  bool pause(std::chrono::milliseconds pause) {
    std::unique_lock lock(mutex_);
    return !wake_.wait_for(lock, pause, [this] { return stopping_.load(); });
  }

 private:
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
};

}  // namespace civiq::app
