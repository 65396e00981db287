// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "chores.hpp"

#include <iostream>

namespace civiq::central {

Chores::Chores(DbWorkers& workers, std::chrono::days retention, Clock clock, std::chrono::milliseconds every)
    : workers_(workers), retention_(retention), clock_(std::move(clock)), every_(every) {
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    do {
      lock.unlock();
      run_once();
      lock.lock();
    } while (!wake_.wait_for(lock, every_, [this] { return stopping_; }));
  });
}

Chores::~Chores() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void Chores::run_once() {
  const domain::TimePoint cutoff = clock_() - retention_;
  // A full queue skips this round; the next comes in an hour.
  (void)workers_.post([cutoff](BookingStore& store) {
    try {
      if (const auto forgotten = store.forget_personal_data(domain::berlin_date(cutoff), cutoff))
        std::cout << "civiq-central: retention: forgot the contact data of " << forgotten << " bookings" << std::endl;
    } catch (const std::exception& error) {
      std::cerr << "civiq-central: retention: " << error.what() << std::endl;
    }
  });
}

}  // namespace civiq::central
