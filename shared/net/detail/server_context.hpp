// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. What every connection of one HttpServer shares.
// Invariant: outlives every connection and the io_context (HttpServer::Impl declares it first).
// Thread rule: `app` and `options` are read-only here; registry and gate are thread-safe.

#include <memory>

#include "net/detail/connection_registry.hpp"
#include "net/detail/lifetime_gate.hpp"
#include "net/http_server.hpp"

namespace civiq::net::detail {

struct ServerContext {
  ServerContext(HttpApplication& application, ServerOptions server_options)
      : app(application), options(std::move(server_options)) {}

  HttpApplication& app;
  const ServerOptions options;
  ConnectionRegistry registry;
  const std::shared_ptr<LifetimeGate> gate = std::make_shared<LifetimeGate>();
};

}  // namespace civiq::net::detail
