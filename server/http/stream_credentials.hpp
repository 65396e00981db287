// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// An event stream lives no longer than the sign-in or device token it was opened with: a clerk who
// signs out, a user an admin disables and a revoked kiosk or display must stop receiving the queue
// at once. The API closes a session's streams right after its logout; everything civiq-admin does
// to the database from outside (user disable, device revoke) and sessions that simply expire are
// found by the office worker's periodic sweep (server_runtime.cpp, every tick).
// Thread rule: office worker only (the authenticator reads the office database).
#include <cstddef>

#include "api_context.hpp"

namespace civiq::http {

// Closes every stream whose credential no longer authenticates at `now`, counts them in /metrics
// (civiq_websocket_streams_ended_total), and returns how many it closed.
std::size_t end_streams_of_ended_credentials(ApiContext& ctx, domain::TimePoint now);

}  // namespace civiq::http
