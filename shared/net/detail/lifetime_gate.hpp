// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. Lets objects the app may keep (reply callbacks, WebSocket peer handles)
// reach the io_context only while it exists.
//
// Invariant: after close() returns, no run_if_open() callback is running or will run, so the
// server may destroy its io_context. Thread rule: thread-safe; callbacks run under a shared lock
// and must be short (a post) and must not call close().

#include <mutex>
#include <shared_mutex>
#include <utility>

namespace civiq::net::detail {

class LifetimeGate {
 public:
  // Runs `fn` (under a shared lock) if the server is still alive.
  template <class Fn>
  void run_if_open(Fn&& fn) {
    const std::shared_lock lock(mutex_);
    if (open_) {
      std::forward<Fn>(fn)();
    }
  }

  // Called once by the server before it destroys its io_context.
  void close() {
    const std::unique_lock lock(mutex_);
    open_ = false;
  }

 private:
  std::shared_mutex mutex_;
  bool open_ = true;
};

}  // namespace civiq::net::detail
