// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_waiters.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace civiq::central {

SyncWaiters::SyncWaiters(std::size_t per_office) : per_office_(std::max<std::size_t>(per_office, 1)) {}

std::uint64_t SyncWaiters::generation(const std::string& office) {
  const std::lock_guard lock(mutex_);
  return generation_locked(office);
}

std::uint64_t SyncWaiters::generation_locked(const std::string& office) const {
  const auto found = generations_.find(office);
  return everywhere_ + (found == generations_.end() ? 0 : found->second);
}

bool SyncWaiters::park(const std::string& office, std::uint64_t seen, Waiter waiter) {
  std::vector<Waiter> pushed_out;
  {
    const std::lock_guard lock(mutex_);
    if (generation_locked(office) != seen) return false;
    auto& parked = waiting_[office];
    parked.push_back(std::move(waiter));
    if (parked.size() > per_office_) {
      pushed_out.push_back(std::move(parked.front()));
      parked.erase(parked.begin());
    }
  }
  for (auto& old : pushed_out) old.time_out();
  return true;
}

void SyncWaiters::changed(const std::string& office) {
  std::vector<Waiter> woken;
  {
    const std::lock_guard lock(mutex_);
    ++generations_[office];
    const auto found = waiting_.find(office);
    if (found != waiting_.end()) {
      woken = std::move(found->second);
      waiting_.erase(found);
    }
  }
  for (auto& waiter : woken) waiter.wake();
}

void SyncWaiters::changed_everywhere() {
  std::vector<Waiter> woken;
  {
    const std::lock_guard lock(mutex_);
    ++everywhere_;
    for (auto& [office, parked] : waiting_) std::move(parked.begin(), parked.end(), std::back_inserter(woken));
    waiting_.clear();
  }
  for (auto& waiter : woken) waiter.wake();
}

void SyncWaiters::expire(Clock::time_point now) {
  std::vector<Waiter> expired;
  {
    const std::lock_guard lock(mutex_);
    for (auto office = waiting_.begin(); office != waiting_.end();) {
      auto& parked = office->second;
      const auto due = std::stable_partition(parked.begin(), parked.end(),
                                             [now](const Waiter& w) { return w.deadline > now; });
      std::move(due, parked.end(), std::back_inserter(expired));
      parked.erase(due, parked.end());
      office = parked.empty() ? waiting_.erase(office) : std::next(office);
    }
  }
  for (auto& waiter : expired) waiter.time_out();
}

void SyncWaiters::time_out_all() { expire(Clock::time_point::max()); }

std::size_t SyncWaiters::parked() {
  const std::lock_guard lock(mutex_);
  std::size_t count = 0;
  for (const auto& [office, parked] : waiting_) count += parked.size();
  return count;
}

}  // namespace civiq::central
