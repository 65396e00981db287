// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/connection_registry.hpp"

#include <vector>

namespace civiq::net::detail {

Connection::~Connection() { registry_.remove(this); }

bool ConnectionRegistry::add(const std::shared_ptr<Connection>& connection) {
  const std::lock_guard lock(mutex_);
  if (closed_) {
    return false;
  }
  live_.emplace(connection.get(), connection);
  return true;
}

void ConnectionRegistry::remove(const Connection* connection) noexcept {
  const std::lock_guard lock(mutex_);
  live_.erase(connection);
}

std::size_t ConnectionRegistry::size() const {
  const std::lock_guard lock(mutex_);
  return live_.size();
}

void ConnectionRegistry::shutdown_all() {
  std::vector<std::weak_ptr<Connection>> snapshot;
  {
    const std::lock_guard lock(mutex_);
    closed_ = true;
    snapshot.reserve(live_.size());
    for (const auto& [key, weak] : live_) {
      snapshot.push_back(weak);
    }
  }
  // Outside the lock: dropping the last reference runs a destructor, which calls remove().
  for (const auto& weak : snapshot) {
    if (const auto connection = weak.lock()) {
      connection->shutdown();
    }
  }
}

}  // namespace civiq::net::detail
