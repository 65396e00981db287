// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. Entry point to the HTTP session (the class lives in http_session.cpp).

#include "net/detail/beast_types.hpp"
#include "net/detail/server_context.hpp"

namespace civiq::net::detail {

// Serves HTTP/1.1 on a freshly accepted socket whose executor is its own strand. If the server
// is stopping (the registry refuses it) the socket is closed at once.
void start_http_session(tcp::socket socket, ServerContext& context);

}  // namespace civiq::net::detail
