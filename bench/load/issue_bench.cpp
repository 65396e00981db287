// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-load issue: N kiosks draw tickets as fast as the server answers (POST /api/v1/tickets, each
// with its own Idempotency-Key). Every reply is a ticket on disk (synchronous=FULL), so this is the
// number to hold against the bare SQLite insert loop (sqlite_baseline.cpp).
#include <chrono>
#include <exception>
#include <iostream>
#include <limits>
#include <utility>
#include <vector>

#include <boost/asio/this_coro.hpp>

#include "benches.hpp"
#include "client_pool.hpp"
#include "office_setup.hpp"

namespace civiq::bench {
namespace {

// {"0-250": {latency summary}, "250-500": {...}, ...} over the requests whose ticket index falls in
// each band; the last band ends at the last request.
JsonObject band_summaries(const std::vector<std::vector<std::pair<int, double>>>& by_index, const std::vector<int>& bands) {
  JsonObject out;
  int from = 0;
  for (std::size_t b = 0; b <= bands.size(); ++b) {
    const int to = b < bands.size() ? bands[b] : std::numeric_limits<int>::max();
    LatencyRecorder band;
    for (const auto& samples : by_index)
      for (const auto& [index, ms] : samples)
        if (index >= from && index < to) band.add_ms(ms);
    if (band.size() > 0)
      out.add(std::to_string(from) + "-" + (b < bands.size() ? std::to_string(to) : std::string("end")), band.summary());
    from = to;
  }
  return out;
}

}  // namespace

JsonObject run_issue(const ServerOptions& server, const IssueOptions& options) {
  const auto target = make_target(server.address, server.port);
  const auto id = run_id();
  {
    asio::io_context io;
    HttpConnection warm(io.get_executor());
    warm.connect_sync(target.endpoint);
    (void)issue_tickets(warm, target, server.kiosk_token, options.warmup, options.services, "warm-" + id);
  }

  Tally tally;
  std::atomic<int> next{0};
  std::vector<LatencyRecorder> latency(static_cast<std::size_t>(options.clients));
  // Per client: (tickets issued before this request, latency) for the queue-length bands.
  std::vector<std::vector<std::pair<int, double>>> by_index(static_cast<std::size_t>(options.clients));
  const auto client = [&](int index) -> asio::awaitable<void> {
    auto& recorder = latency[static_cast<std::size_t>(index)];
    auto& indexed = by_index[static_cast<std::size_t>(index)];
    HttpConnection conn(co_await asio::this_coro::executor);
    bool connected = false;
    for (int i = next++; i < options.requests; i = next++) {
      const auto raw = format_request({"POST", "/api/v1/tickets", target.host, server.kiosk_token,
                                       "bench-" + id + "-" + std::to_string(i)},
                                      issue_body(1 + i % std::max(options.services, 1)));
      try {
        if (!connected) {
          co_await conn.connect(target.endpoint);
          connected = true;
        }
        const auto start = Clock::now();
        const auto reply = co_await conn.request(raw);
        const auto took = Clock::now() - start;
        if (reply.status == 201) {
          recorder.add(took);
          if (!options.bands.empty()) indexed.emplace_back(options.warmup + i, to_ms(took));
          ++tally.ok;
        } else {
          tally.error("HTTP " + std::to_string(reply.status) + " " + reply.body.substr(0, 200));
        }
      } catch (const std::exception& e) {
        tally.error(e.what());
        conn.close();
        connected = false;
      }
    }
  };
  const auto elapsed = run_clients(server.threads, options.clients, client);

  LatencyRecorder all;
  for (const auto& r : latency) all.merge(r);
  const double seconds = std::chrono::duration<double>(elapsed).count();
  JsonObject result;
  result.add("bench", "issue").add("clients", options.clients).add("requests", options.requests);
  tally.add_to(result);
  result.add("seconds", seconds).add("per_s", static_cast<double>(tally.ok.load()) / seconds);
  result.add("latency_ms", all.summary());
  if (!options.bands.empty()) result.add("by_queue", band_summaries(by_index, options.bands));
  std::cerr << "issue: " << options.clients << " clients, " << tally.ok << " tickets in " << seconds << " s, "
            << tally.errors << " errors\n";
  return result;
}

}  // namespace civiq::bench
