// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-load fanout: how long a call takes to reach the last of N WebSocket subscribers.
//
// N subscribers open /api/v1/events?topics=calls on loopback (ws_subscribers.hpp) and read every
// frame. A clerk then calls K tickets one after another: for each call the clock starts just before
// the call-next request is written, and every subscriber stamps the arrival of its `"kind":"call"`
// frame. A call's result is its last arrival; between calls the clerk marks the ticket no-show and
// waits until no frame has arrived for settle_ms, so that one call's load frames never delay the
// next call. Memory per subscriber is the server's VmRSS after all subscribers got their snapshot
// minus before they connected, divided by N.
//
// Threads: the subscribers are read by `threads` io threads; the clerk runs on the calling thread
// with blocking HTTP on its own connection. The call bookkeeping (Fanout) is behind one mutex.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <iostream>
#include <mutex>
#include <string_view>
#include <thread>
#include <unistd.h>
#include <vector>

#include "benches.hpp"
#include "office_setup.hpp"
#include "process_stats.hpp"
#include "ws_subscribers.hpp"

namespace civiq::bench {
namespace {

using namespace std::chrono_literals;

constexpr std::string_view kCallMarker = R"("kind":"call")";
constexpr auto kConnectDeadline = 300s;
constexpr auto kMemorySettle = 500ms;

// The calls' bookkeeping, shared by the subscribers' callbacks and the clerk. Invariant: while a
// call is open, remaining = subscribers ready at its start that have neither received it nor
// disconnected.
struct Fanout {
  explicit Fanout(std::size_t subscribers) : calls_seen(subscribers, 0) {}

  std::mutex mutex;
  std::condition_variable changed;
  std::vector<int> calls_seen;  // per subscriber
  int disconnected = 0;
  int late_frames = 0;  // call frames that came after their call timed out
  std::string first_error;
  // the call being measured
  bool call_open = false;
  int call_index = -1;
  int remaining = 0;
  Clock::time_point sent;
  std::vector<double> arrivals_ms;

  void on_frame(std::size_t s, std::string_view frame, Clock::time_point now) {
    if (frame.find(kCallMarker) == std::string_view::npos) return;
    const std::lock_guard lock(mutex);
    const int index = calls_seen[s]++;
    if (!call_open || index != call_index) {
      ++late_frames;
      return;
    }
    arrivals_ms.push_back(to_ms(now - sent));
    if (--remaining == 0) changed.notify_all();
  }

  void on_disconnect(std::size_t s, const std::exception& e) {
    const std::lock_guard lock(mutex);
    ++disconnected;
    if (first_error.empty()) first_error = std::string("subscriber disconnected: ") + e.what();
    if (call_open && calls_seen[s] <= call_index && --remaining == 0) changed.notify_all();
  }
};

// VmRSS of the server in KiB, -1 when not measured.
std::int64_t server_rss(pid_t pid) { return pid > 0 ? resident_kib(pid).value_or(-1) : -1; }

}  // namespace

JsonObject run_fanout(const ServerOptions& server, const FanoutOptions& options) {
  const auto target = make_target(server.address, server.port);
  const auto n = static_cast<std::size_t>(options.subscribers);
  const auto fd_limit = raise_open_files_limit(n + 256);
  if (fd_limit < n + 64)
    std::cerr << "fanout: open-file limit " << fd_limit << " is too low for " << n << " subscribers\n";

  // The clerk's side: tickets to call, a session, the counter open and free.
  asio::io_context clerk_io;
  HttpConnection clerk(clerk_io.get_executor());
  clerk.connect_sync(target.endpoint);
  const auto prefix = "fanout-" + run_id();
  const int tickets = options.calls + 2;
  for (int i = 0; i < tickets; ++i) {
    const auto raw = format_request({"POST", "/api/v1/tickets", target.host, server.kiosk_token,
                                     prefix + "-" + std::to_string(i)},
                                    issue_body(options.service));
    if (const auto reply = clerk.request_sync(raw); reply.status != 201)
      throw std::runtime_error("fanout: issuing a ticket: HTTP " + std::to_string(reply.status) + " " + reply.body);
  }
  const auto session = login(clerk, target, options.clerk, options.password);
  (void)counter_action(clerk, target, session, options.counter, "open", {200, 409});
  (void)counter_action(clerk, target, session, options.counter, "no-show", {200, 409});  // free it if needed
  const auto call_next = format_request(
      {"POST", "/api/v1/counters/" + std::to_string(options.counter) + "/call-next", target.host, session, {}});

  std::this_thread::sleep_for(200ms);
  const std::int64_t rss_before = server_rss(options.server_pid);
  const std::int64_t own_before = resident_kib(getpid()).value_or(-1);

  // Subscribers.
  Fanout fanout(n);
  WsSubscribers subscribers(target, std::vector<std::string>(n, "/api/v1/events?topics=calls"), server.threads,
                            {[&fanout](std::size_t s, std::string_view frame, Clock::time_point at) {
                               fanout.on_frame(s, frame, at);
                             },
                             [&fanout](std::size_t s, const std::exception& e) { fanout.on_disconnect(s, e); }});
  const auto connect_start = Clock::now();
  subscribers.start(options.connect_parallel);
  subscribers.wait_connected(kConnectDeadline);
  const int ready = subscribers.ready();
  const double connect_seconds = std::chrono::duration<double>(Clock::now() - connect_start).count();
  std::cerr << "fanout: " << ready << " of " << n << " subscribers ready in " << connect_seconds << " s\n";
  std::this_thread::sleep_for(kMemorySettle);
  const std::int64_t rss_after = server_rss(options.server_pid);
  const std::int64_t own_after = resident_kib(getpid()).value_or(-1);

  // Calls.
  LatencyRecorder last_arrival, deliveries, reply_latency;
  int complete_calls = 0;
  const auto call_timeout = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(options.call_timeout_s));
  const auto settle = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double, std::milli>(options.settle_ms));
  // A failure ends the calls, but the io threads must still be stopped and joined before it leaves.
  std::exception_ptr failure;
  try {
    subscribers.wait_for_quiet(settle);
    for (int k = 0; k < options.calls; ++k) {
      Clock::time_point sent;
      {
        const std::lock_guard lock(fanout.mutex);
        fanout.call_open = true;
        fanout.call_index = k;
        fanout.remaining = ready - fanout.disconnected;
        fanout.arrivals_ms.clear();
        fanout.sent = sent = Clock::now();
      }
      const auto reply = clerk.request_sync(call_next);
      reply_latency.add(Clock::now() - sent);
      if (reply.status != 200)
        throw std::runtime_error("fanout: call-next: HTTP " + std::to_string(reply.status) + " " + reply.body);
      {
        std::unique_lock lock(fanout.mutex);
        fanout.changed.wait_for(lock, call_timeout, [&] { return fanout.remaining <= 0; });
        fanout.call_open = false;
        if (fanout.remaining <= 0) ++complete_calls;
        for (const double ms : fanout.arrivals_ms) deliveries.add_ms(ms);
        if (!fanout.arrivals_ms.empty())
          last_arrival.add_ms(*std::max_element(fanout.arrivals_ms.begin(), fanout.arrivals_ms.end()));
      }
      (void)counter_action(clerk, target, session, options.counter, "no-show");
      subscribers.wait_for_quiet(settle);
    }
  } catch (...) {
    failure = std::current_exception();
  }
  subscribers.stop();
  clerk.close();
  if (failure) std::rethrow_exception(failure);

  JsonObject result;
  result.add("bench", "fanout").add("subscribers", options.subscribers).add("ready", ready);
  result.add("failed", subscribers.failed()).add("disconnected", fanout.disconnected).add("calls", options.calls);
  result.add("complete_calls", complete_calls).add("late_frames", fanout.late_frames);
  result.add("connect_seconds", connect_seconds).add("generator_threads", server.threads);
  result.add("last_arrival_ms", last_arrival.summary()).add("delivery_ms", deliveries.summary());
  result.add("call_next_reply_ms", reply_latency.summary());
  if (rss_before >= 0 && rss_after >= 0) {
    result.add("server_rss_before_kib", rss_before).add("server_rss_after_kib", rss_after);
    if (ready > 0) result.add("server_kib_per_subscriber", static_cast<double>(rss_after - rss_before) / ready);
  }
  if (own_before >= 0 && own_after >= 0 && ready > 0)
    result.add("generator_kib_per_subscriber", static_cast<double>(own_after - own_before) / ready);
  const auto first_error = subscribers.first_error().empty() ? fanout.first_error : subscribers.first_error();
  if (!first_error.empty()) result.add("first_error", first_error);
  std::cerr << "fanout: " << complete_calls << " of " << options.calls << " calls reached every subscriber\n";
  return result;
}

}  // namespace civiq::bench
