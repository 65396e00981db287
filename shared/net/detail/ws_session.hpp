// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. Entry point to the WebSocket session (the class lives in ws_session.cpp).

#include <string>

#include "net/detail/beast_types.hpp"
#include "net/detail/server_context.hpp"

namespace civiq::net::detail {

// Takes over an HTTP connection whose upgrade request the app has accepted: completes the
// handshake, calls app.on_open, and from then on owns the socket. Must be called on the socket's
// strand. `request` is the converted `upgrade` request, given to on_open.
void start_ws_session(tcp::socket socket, ServerContext& context, BeastRequest upgrade,
                      HttpRequest request);

}  // namespace civiq::net::detail
