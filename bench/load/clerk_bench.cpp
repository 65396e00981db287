// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-load clerk-with-phones: does the clerk's call-next wait for the citizens' phones? (issue #11)
//
// The server answers a counter action and sends its `call` frames first; the round of state frames
// (a `ticket:<token>` follower gets an `update` only when its ticket's view changed) starts once the
// reply is handed to the network and goes in slices, so a clerk's next command waits for one slice at
// most. So the call-next reply must not grow with the number of phones in the room. This bench
// measures that reply with P phones and without any.
//
// Each leg starts from an empty queue and draws the same tickets for service 1: warmup +
// iterations to be called, and behind them max(P) that stay waiting. P phones follow the first P of
// those (`GET /api/v1/events?topics=ticket:<token>`), so every call moves every phone's position and
// costs each phone one update: the worst case. The clerk then runs call-next → start → finish and
// times the call-next reply, both as the clerk reads it and as it reached the clerk's socket (the
// kernel's receive stamp, receive_timestamp.hpp: the server's part without the clerk's own wake-up,
// since clerk, phones and server share the cores here). Before each action it waits until no frame has arrived and no
// reply has come for settle_ms, as with P=0 (no frames, the same pause): a real clerk takes seconds, and both phases
// must run on an equally busy, or idle, machine. After a phase the phones hang up and the counter serves the rest.
// Phases run on one server in the given order and then in reverse (0, 300, 300, 0), each leg with half the cycles, so
// that no phase always runs on a longer day (see run_clerk_with_phones); bench/run repeats the whole invocation on
// fresh servers.
//
// Threads: the phones are read by `threads` io threads (ws_subscribers.hpp), the clerk uses blocking
// HTTP on the calling thread. PhoneTally is the only state both touch, behind its mutex.
#include <algorithm>
#include <chrono>
#include <exception>
#include <initializer_list>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "benches.hpp"
#include "office_setup.hpp"
#include "process_stats.hpp"
#include "ws_subscribers.hpp"

namespace civiq::bench {
namespace {

using namespace std::chrono_literals;

constexpr std::string_view kUpdateMarker = R"("kind":"update")";
constexpr auto kConnectDeadline = 120s;
constexpr int kService = 1;  // every ticket is drawn for it; the counter must serve it

// The phones' update frames since the last reset(), and their disconnects.
class PhoneTally {
 public:
  void reset(Clock::time_point from) {
    const std::lock_guard lock(mutex_);
    from_ = from;
    updates_ = 0;
    last_ = from;
  }
  void on_frame(std::string_view frame, Clock::time_point at) {
    if (frame.find(kUpdateMarker) == std::string_view::npos) return;
    const std::lock_guard lock(mutex_);
    ++updates_;
    last_ = std::max(last_, at);
  }
  void on_disconnect(const std::exception& e) {
    const std::lock_guard lock(mutex_);
    ++disconnected_;
    if (first_error_.empty()) first_error_ = std::string("phone disconnected: ") + e.what();
  }
  [[nodiscard]] long updates() const {
    const std::lock_guard lock(mutex_);
    return updates_;
  }
  // From reset() to the last update since, if there was one.
  [[nodiscard]] std::optional<double> last_update_ms() const {
    const std::lock_guard lock(mutex_);
    return updates_ > 0 ? std::optional(to_ms(last_ - from_)) : std::nullopt;
  }
  [[nodiscard]] int disconnected() const {
    const std::lock_guard lock(mutex_);
    return disconnected_;
  }
  [[nodiscard]] std::string first_error() const {
    const std::lock_guard lock(mutex_);
    return first_error_;
  }

 private:
  mutable std::mutex mutex_;
  Clock::time_point from_, last_;
  long updates_ = 0;
  int disconnected_ = 0;
  std::string first_error_;
};

// The clerk at the counter: one keep-alive connection and one session.
struct Clerk {
  HttpConnection& conn;
  const ServerTarget& target;
  std::string session;
  int counter;

  HttpResponse act(std::string_view action, std::initializer_list<int> accepted = {200}) {
    return counter_action(conn, target, session, counter, action, accepted);
  }

  // Frees the counter and serves everyone waiting for it: the next phase starts from an empty queue.
  void serve_the_rest() {
    (void)act("no-show", {200, 409});  // a called ticket
    (void)act("finish", {200, 409});   // a ticket in service
    while (act("call-next", {200, 204}).status == 200) {
      (void)act("start");
      (void)act("finish");
    }
  }
};

// One leg: a run of cycles with a given number of phones in the room.
struct Leg {
  LatencyRecorder reply_ms, at_socket_ms, last_update_ms;
  long updates = 0;
  int measured = 0;
  int ready = 0, failed = 0, disconnected = 0;
  double connect_seconds = 0;
  std::string first_error;
};

Leg run_leg(const ServerOptions& server, const ClerkOptions& options, Clerk& clerk, int phones, int waiting,
            int iterations) {
  const int cycles = options.warmup + iterations;
  clerk.serve_the_rest();
  const auto tokens = issue_tickets(clerk.conn, clerk.target, server.kiosk_token, cycles + waiting, 1,
                                    "clerk-" + run_id() + "-" + std::to_string(phones));
  std::vector<std::string> paths;
  for (int i = 0; i < phones; ++i)
    paths.push_back("/api/v1/events?topics=ticket:" + tokens[static_cast<std::size_t>(cycles + i)]);

  PhoneTally tally;  // outlives the phones, whose callbacks use it
  WsSubscribers subscribers(
      clerk.target, std::move(paths), server.threads,
      {[&tally](std::size_t, std::string_view frame, Clock::time_point at) { tally.on_frame(frame, at); },
       [&tally](std::size_t, const std::exception& e) { tally.on_disconnect(e); }});
  Leg leg;
  const auto connect_start = Clock::now();
  subscribers.start(options.connect_parallel);
  subscribers.wait_connected(kConnectDeadline);
  leg.connect_seconds = std::chrono::duration<double>(Clock::now() - connect_start).count();
  std::cerr << "clerk-with-phones: " << subscribers.ready() << " of " << phones << " phones ready in "
            << leg.connect_seconds << " s\n";

  const auto settle =
      std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double, std::milli>(options.settle_ms));
  const auto call_next = format_request({"POST",
                                         "/api/v1/counters/" + std::to_string(clerk.counter) + "/call-next",
                                         clerk.target.host,
                                         clerk.session,
                                         {}});
  auto last_answer = Clock::now();
  std::optional<WallClock::time_point> received;
  for (int k = 0; k < cycles; ++k) {
    subscribers.wait_for_quiet(settle, last_answer);
    const auto sent = Clock::now();
    const auto sent_wall = WallClock::now();  // the kernel's receive stamp is wall-clock time
    tally.reset(sent);
    const auto reply = clerk.conn.request_stamped(call_next, received);
    const auto answered = Clock::now();
    if (reply.status != 200)
      throw std::runtime_error("clerk-with-phones: call-next: HTTP " + std::to_string(reply.status) + " " +
                               reply.body.substr(0, 300));
    subscribers.wait_for_quiet(settle, answered);  // this call's fan-out is over
    if (k >= options.warmup) {
      leg.reply_ms.add(answered - sent);
      if (received) leg.at_socket_ms.add(*received - sent_wall);
      leg.updates += tally.updates();
      if (const auto ms = tally.last_update_ms()) leg.last_update_ms.add_ms(*ms);
      ++leg.measured;
    }
    (void)clerk.act("start");
    (void)clerk.act("finish");
    last_answer = Clock::now();
  }
  subscribers.stop();
  leg.ready = subscribers.ready();
  leg.failed = subscribers.failed();
  leg.disconnected = tally.disconnected();
  leg.first_error = subscribers.first_error().empty() ? tally.first_error() : subscribers.first_error();
  return leg;
}

// Every leg of one number of phones, merged.
struct Phase {
  Leg all;
  int legs = 0;

  void add(Leg leg) {
    all.reply_ms.merge(leg.reply_ms);
    all.at_socket_ms.merge(leg.at_socket_ms);
    all.last_update_ms.merge(leg.last_update_ms);
    all.updates += leg.updates;
    all.measured += leg.measured;
    all.ready = legs == 0 ? leg.ready : std::min(all.ready, leg.ready);  // the worst leg
    all.failed += leg.failed;
    all.disconnected += leg.disconnected;
    all.connect_seconds = std::max(all.connect_seconds, leg.connect_seconds);
    if (all.first_error.empty()) all.first_error = leg.first_error;
    ++legs;
  }
  [[nodiscard]] double p99_ms() const { return all.reply_ms.summary().p99_ms; }
  [[nodiscard]] std::optional<double> at_socket_p99_ms() const {
    return all.at_socket_ms.size() > 0 ? std::optional(all.at_socket_ms.summary().p99_ms) : std::nullopt;
  }
  [[nodiscard]] int problems() const { return all.failed + all.disconnected; }

  [[nodiscard]] JsonObject json(int phones) const {
    JsonObject out;
    out.add("phones", phones).add("legs", legs).add("ready", all.ready).add("failed", all.failed);
    out.add("disconnected", all.disconnected).add("connect_seconds", all.connect_seconds);
    out.add("call_next_reply_ms", all.reply_ms.summary());
    // The same replies when they reached the clerk's socket, before the clerk's thread woke up to read
    // them: the server's part alone (phones and clerk share the cores with the server here).
    if (all.at_socket_ms.size() > 0) out.add("call_next_at_socket_ms", all.at_socket_ms.summary());
    // With every phone's ticket moving up on each call, this is the number of phones (one update each).
    out.add("phone_updates_per_call", static_cast<double>(all.updates) / std::max(all.measured, 1));
    if (all.last_update_ms.size() > 0) out.add("last_phone_update_ms", all.last_update_ms.summary());
    return out;
  }
};

}  // namespace

JsonObject run_clerk_with_phones(const ServerOptions& server, const ClerkOptions& options) {
  const auto target = make_target(server.address, server.port);
  const int most_phones = options.phones.empty() ? 0 : *std::max_element(options.phones.begin(), options.phones.end());
  (void)raise_open_files_limit(static_cast<std::uint64_t>(most_phones) + 256);

  asio::io_context clerk_io;
  HttpConnection conn(clerk_io.get_executor());
  conn.connect_sync(target.endpoint);
  if (!conn.enable_receive_timestamps())
    std::cerr << "clerk-with-phones: no receive timestamps on this system; only the replies as read are timed\n";
  Clerk clerk{conn, target, login(conn, target, options.clerk, options.password), options.counter};
  (void)clerk.act("open", {200, 409});

  // The phases as given, then once more in reverse (0, 300, 300, 0), each leg with half the cycles.
  // Every call-next leaves a ticket in today's history and some of the work of the next one grows
  // with it, so a phase that always ran second would run on a longer day: measured, a phase of no
  // phones run second was as slow as one of 300 phones run second. Mirrored, each phase sees the same
  // mean length of day.
  std::vector<int> order = options.phones;
  order.insert(order.end(), options.phones.rbegin(), options.phones.rend());
  std::map<int, Phase> merged;
  std::map<int, int> legs_done;
  for (const int phones : order) {
    const int half = legs_done[phones]++ == 0 ? (options.iterations + 1) / 2 : options.iterations / 2;
    if (half == 0) continue;
    auto leg = run_leg(server, options, clerk, phones, most_phones, half);
    const auto summary = leg.reply_ms.summary();
    std::cerr << "clerk-with-phones: P=" << phones << ": call-next p50 " << summary.p50_ms << " ms, p99 "
              << summary.p99_ms << " ms, " << static_cast<double>(leg.updates) / std::max(leg.measured, 1)
              << " phone updates per call\n";
    merged[phones].add(std::move(leg));
  }

  JsonObject phases;
  std::optional<double> p99_without, at_socket_without, at_socket_most;
  double p99_most = 0;
  int problems = 0;
  std::string first_error;
  std::set<int> written;
  for (const int phones : options.phones) {
    const auto found = merged.find(phones);
    if (found == merged.end() || !written.insert(phones).second) continue;
    const auto& phase = found->second;
    phases.add(std::to_string(phones), phase.json(phones));
    if (phones == 0) {
      p99_without = phase.p99_ms();
      at_socket_without = phase.at_socket_p99_ms();
    }
    if (phones == most_phones) {
      p99_most = phase.p99_ms();
      at_socket_most = phase.at_socket_p99_ms();
    }
    problems += phase.problems();
    if (first_error.empty()) first_error = phase.all.first_error;
  }
  conn.close();

  JsonObject result;
  result.add("bench", "clerk-with-phones").add("iterations", options.iterations).add("warmup", options.warmup);
  result.add("waiting_behind", most_phones).add("settle_ms", options.settle_ms);
  std::string order_text;
  for (const int phones : order) order_text += (order_text.empty() ? "" : ",") + std::to_string(phones);
  result.add("generator_threads", server.threads).add("order", order_text).add("phases", phases);
  if (p99_without && *p99_without > 0 && most_phones > 0) {
    result.add("ratio_phones", most_phones).add("p99_ratio", p99_most / *p99_without);
    if (at_socket_without && at_socket_most && *at_socket_without > 0)
      result.add("at_socket_p99_ratio", *at_socket_most / *at_socket_without);
  }
  result.add("errors", problems);
  if (!first_error.empty()) result.add("first_error", first_error);
  return result;
}

}  // namespace civiq::bench
