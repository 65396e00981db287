// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "periodic.hpp"

namespace civiq::central {

Periodic::Periodic(std::chrono::milliseconds every, std::function<void()> work)
    : every_(every), work_(std::move(work)), thread_([this] {
        std::unique_lock lock(mutex_);
        do {
          lock.unlock();
          work_();
          lock.lock();
        } while (!wake_.wait_for(lock, every_, [this] { return stopping_; }));
      }) {}

Periodic::~Periodic() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

}  // namespace civiq::central
