// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The few API calls the benchmarks need to prepare an office (draw tickets, sign a clerk in, open a
// counter), synchronous and checked: a setup step that fails ends the run with the server's reply.
// Thread rule: each function uses only the connection it is given.
#include <string>
#include <string_view>
#include <vector>

#include "http_client.hpp"

namespace civiq::bench {

struct ServerTarget {
  tcp::endpoint endpoint;
  std::string host;  // Host header
};

[[nodiscard]] ServerTarget make_target(const std::string& address, unsigned short port);

[[nodiscard]] std::string issue_body(int service_id);

// Unique to this process and moment: a prefix for Idempotency-Keys, so that a run never replays the
// tickets of an earlier run against the same server.
[[nodiscard]] std::string run_id();

// Draws `count` tickets round-robin over services 1..services; returns their live-ticket tokens.
[[nodiscard]] std::vector<std::string> issue_tickets(HttpConnection& conn, const ServerTarget& target,
                                                     std::string_view kiosk_token, int count, int services,
                                                     std::string_view key_prefix);

// A staff session token.
[[nodiscard]] std::string login(HttpConnection& conn, const ServerTarget& target, std::string_view user,
                                std::string_view password);

// POST /api/v1/counters/{counter}/{action}; throws unless the status is one of `accepted`.
HttpResponse counter_action(HttpConnection& conn, const ServerTarget& target, std::string_view session,
                            int counter, std::string_view action, std::initializer_list<int> accepted = {200});

}  // namespace civiq::bench
