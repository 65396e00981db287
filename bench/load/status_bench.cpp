// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-load status: citizens' phones asking for their live ticket (GET /api/v1/tickets/{token}),
// N clients in a closed loop for a fixed time over the tokens of tickets drawn first. The public
// routes are rate-limited per client address, so the bench configuration raises that limit.
#include <chrono>
#include <exception>
#include <iostream>

#include <boost/asio/this_coro.hpp>

#include "benches.hpp"
#include "client_pool.hpp"
#include "office_setup.hpp"

namespace civiq::bench {

JsonObject run_status(const ServerOptions& server, const StatusOptions& options) {
  const auto target = make_target(server.address, server.port);
  std::vector<std::string> requests;
  {
    asio::io_context io;
    HttpConnection setup(io.get_executor());
    setup.connect_sync(target.endpoint);
    const auto prefix = "status-" + run_id();
    for (const auto& token : issue_tickets(setup, target, server.kiosk_token, options.tickets, options.services, prefix))
      requests.push_back(format_request({"GET", "/api/v1/tickets/" + token, target.host, {}, {}}));
  }

  Tally tally;
  std::atomic<long> measured{0};
  std::vector<LatencyRecorder> latency(static_cast<std::size_t>(options.clients));
  const auto begin = Clock::now();
  const auto measure_from = begin + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(options.warmup_seconds));
  const auto end = measure_from + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(options.seconds));
  const auto client = [&](int index) -> asio::awaitable<void> {
    auto& recorder = latency[static_cast<std::size_t>(index)];
    HttpConnection conn(co_await asio::this_coro::executor);
    bool connected = false;
    // Clients start at different tokens so that they do not ask for the same ticket in lockstep.
    std::size_t next = static_cast<std::size_t>(index) * 7919u;
    for (;;) {
      const auto start = Clock::now();
      if (start >= end) break;
      const auto& raw = requests[next++ % requests.size()];
      try {
        if (!connected) {
          co_await conn.connect(target.endpoint);
          connected = true;
          continue;  // the clock of this request would include the connect
        }
        const auto reply = co_await conn.request(raw);
        const auto done = Clock::now();
        if (reply.status != 200) {
          tally.error("HTTP " + std::to_string(reply.status) + " " + reply.body.substr(0, 200));
        } else if (start >= measure_from && done <= end) {
          recorder.add(done - start);
          ++tally.ok;
          ++measured;
        }
      } catch (const std::exception& e) {
        tally.error(e.what());
        conn.close();
        connected = false;
      }
    }
  };
  (void)run_clients(server.threads, options.clients, client);

  LatencyRecorder all;
  for (const auto& r : latency) all.merge(r);
  JsonObject result;
  result.add("bench", "status").add("clients", options.clients).add("tickets", options.tickets);
  result.add("seconds", options.seconds);
  tally.add_to(result);
  result.add("per_s", static_cast<double>(measured.load()) / options.seconds);
  result.add("latency_ms", all.summary());
  std::cerr << "status: " << options.clients << " clients, " << measured << " GETs in " << options.seconds
            << " s, " << tally.errors << " errors\n";
  return result;
}

}  // namespace civiq::bench
