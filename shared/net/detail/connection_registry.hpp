// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. The set of live connections (HTTP and WebSocket), so that stop() can end
// them all and the listener can enforce ServerOptions::max_connections.

#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace civiq::net::detail {

class ConnectionRegistry;

// A live connection. Thread rule: shutdown() is thread-safe (it posts to the connection's strand).
// Invariant: a connection is in its registry from a successful add() until its destructor.
class Connection {
 public:
  explicit Connection(ConnectionRegistry& registry) noexcept : registry_(registry) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  virtual ~Connection();

  // End the connection soon (server stop). Must not block.
  virtual void shutdown() = 0;

 protected:
  [[nodiscard]] ConnectionRegistry& registry() const noexcept { return registry_; }

 private:
  ConnectionRegistry& registry_;
};

// Invariant: once shutdown_all() has run, add() refuses everything, so no connection can slip in
// after a stop. Thread rule: every member is thread-safe.
class ConnectionRegistry {
 public:
  // False if the server is shutting down: the caller must end the connection.
  [[nodiscard]] bool add(const std::shared_ptr<Connection>& connection);
  void remove(const Connection* connection) noexcept;
  [[nodiscard]] std::size_t size() const;
  // Refuse new connections and call shutdown() on every live one (outside the lock).
  void shutdown_all();

 private:
  mutable std::mutex mutex_;
  bool closed_ = false;
  std::unordered_map<const Connection*, std::weak_ptr<Connection>> live_;
};

}  // namespace civiq::net::detail
