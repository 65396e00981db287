// civiq-load fanout: how long a call takes to reach the last of N WebSocket subscribers.
//
// N subscribers open /api/v1/events?topics=calls on loopback (at most connect_parallel handshakes
// at a time) and read every frame. A clerk then calls K tickets one after another: for each call the
// clock starts just before the call-next request is written, and every subscriber stamps the
// arrival of its `"kind":"call"` frame. A call's result is its last arrival; between calls the clerk
// marks the ticket no-show and waits until no frame has arrived for settle_ms, so that one call's
// load frames never delay the next call. Memory per subscriber is the server's VmRSS after all
// subscribers got their snapshot minus before they connected, divided by N.
//
// Threads: the subscribers live on an io_context run by `threads` threads; the clerk runs on the
// calling thread with blocking HTTP on its own connection. Each subscriber stream is used by one
// coroutine at a time (its connector, then its reader) and has no timer, so it needs no strand.
// Shared bookkeeping (Fanout) is behind one mutex.
//
// The only Beast in the generator is here (the WebSocket client).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <iostream>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>
#include <unistd.h>
#include <vector>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket/stream.hpp>

#include "benches.hpp"
#include "office_setup.hpp"
#include "process_stats.hpp"

namespace civiq::bench {
namespace {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
using namespace std::chrono_literals;

constexpr std::string_view kCallMarker = R"("kind":"call")";
constexpr auto kConnectDeadline = 300s;
constexpr auto kQuietLimit = 10s;  // give up waiting for silence after this long
constexpr auto kMemorySettle = 500ms;

struct Subscriber {
  explicit Subscriber(const asio::any_io_executor& executor) : ws(executor) {}
  websocket::stream<tcp::socket> ws;
  beast::flat_buffer buffer;
  int calls_seen = 0;  // guarded by Fanout::mutex
};

// Bookkeeping shared by the subscribers' coroutines and the clerk. Invariant: while a call is open,
// remaining = subscribers alive at its start that have neither received it nor disconnected.
struct Fanout {
  std::mutex mutex;
  std::condition_variable changed;
  int ready = 0;  // snapshot received
  int failed = 0;
  int disconnected = 0;
  int late_frames = 0;  // call frames that came after their call timed out
  std::string first_error;
  bool stopping = false;
  // the call being measured
  bool call_open = false;
  int call_index = -1;
  int remaining = 0;
  Clock::time_point sent;
  std::vector<double> arrivals_ms;

  std::atomic<Clock::rep> last_frame{0};
  std::atomic<int> next_connect{0};

  void note_error(const std::string& what) {
    if (first_error.empty()) first_error = what;
  }

  void on_frame(Subscriber& s, Clock::time_point now, bool is_call) {
    last_frame.store(now.time_since_epoch().count(), std::memory_order_relaxed);
    if (!is_call) return;
    const std::lock_guard lock(mutex);
    const int index = s.calls_seen++;
    if (!call_open || index != call_index) {
      ++late_frames;
      return;
    }
    arrivals_ms.push_back(to_ms(now - sent));
    if (--remaining == 0) changed.notify_all();
  }

  void on_disconnect(Subscriber& s, const std::exception& e) {
    const std::lock_guard lock(mutex);
    if (stopping) return;
    ++disconnected;
    note_error(std::string("subscriber disconnected: ") + e.what());
    if (call_open && s.calls_seen <= call_index && --remaining == 0) changed.notify_all();
  }
};

asio::awaitable<void> read_frames(Fanout& fanout, Subscriber& s) {
  try {
    for (;;) {
      co_await s.ws.async_read(s.buffer, asio::use_awaitable);
      const auto now = Clock::now();
      const std::string_view frame(static_cast<const char*>(s.buffer.data().data()), s.buffer.size());
      const bool is_call = frame.find(kCallMarker) != std::string_view::npos;
      s.buffer.consume(s.buffer.size());
      fanout.on_frame(s, now, is_call);
    }
  } catch (const std::exception& e) {
    fanout.on_disconnect(s, e);
  }
}

asio::awaitable<void> connect_subscribers(Fanout& fanout, std::vector<std::unique_ptr<Subscriber>>& subscribers,
                                          const ServerTarget& target, asio::io_context& io) {
  const auto count = static_cast<int>(subscribers.size());
  for (int i = fanout.next_connect++; i < count; i = fanout.next_connect++) {
    {
      const std::lock_guard lock(fanout.mutex);
      if (fanout.stopping) co_return;
    }
    auto& s = *subscribers[static_cast<std::size_t>(i)];
    try {
      co_await s.ws.next_layer().async_connect(target.endpoint, asio::use_awaitable);
      s.ws.next_layer().set_option(tcp::no_delay(true));
      co_await s.ws.async_handshake(target.host, "/api/v1/events?topics=calls", asio::use_awaitable);
      co_await s.ws.async_read(s.buffer, asio::use_awaitable);  // the snapshot
      s.buffer.consume(s.buffer.size());
      {
        const std::lock_guard lock(fanout.mutex);
        ++fanout.ready;
      }
      fanout.changed.notify_all();
      asio::co_spawn(io, read_frames(fanout, s), [](const std::exception_ptr&) {});
    } catch (const std::exception& e) {
      {
        const std::lock_guard lock(fanout.mutex);
        ++fanout.failed;
        fanout.note_error(std::string("subscribe: ") + e.what());
      }
      fanout.changed.notify_all();
    }
  }
}

// VmRSS of the server in KiB, -1 when not measured.
std::int64_t server_rss(pid_t pid) { return pid > 0 ? resident_kib(pid).value_or(-1) : -1; }

void wait_for_quiet(const Fanout& fanout, Clock::duration quiet) {
  const auto give_up = Clock::now() + kQuietLimit;
  for (;;) {
    const auto now = Clock::now();
    const Clock::time_point last{Clock::duration{fanout.last_frame.load(std::memory_order_relaxed)}};
    if (now - last >= quiet || now >= give_up) return;
    std::this_thread::sleep_for(std::min<Clock::duration>(quiet - (now - last), 5ms));
  }
}

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
  const auto prefix = "fanout-" + std::to_string(getpid()) + "-" +
                      std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
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
  Fanout fanout;
  asio::io_context io(static_cast<int>(std::max(server.threads, 1u)));
  auto work = asio::make_work_guard(io);
  std::vector<std::unique_ptr<Subscriber>> subscribers;
  subscribers.reserve(n);
  for (std::size_t i = 0; i < n; ++i) subscribers.push_back(std::make_unique<Subscriber>(io.get_executor()));
  const auto connect_start = Clock::now();
  for (int c = 0; c < std::min(options.connect_parallel, options.subscribers); ++c)
    asio::co_spawn(io, connect_subscribers(fanout, subscribers, target, io), [](const std::exception_ptr&) {});
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < std::max(server.threads, 1u); ++t) threads.emplace_back([&io] { io.run(); });

  int ready = 0;
  {
    std::unique_lock lock(fanout.mutex);
    fanout.changed.wait_for(lock, kConnectDeadline,
                            [&] { return fanout.ready + fanout.failed >= options.subscribers; });
    ready = fanout.ready;
  }
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
    wait_for_quiet(fanout, settle);
    for (int k = 0; k < options.calls; ++k) {
      Clock::time_point sent;
      {
        const std::lock_guard lock(fanout.mutex);
        fanout.call_open = true;
        fanout.call_index = k;
        fanout.remaining = fanout.ready - fanout.disconnected;
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
      wait_for_quiet(fanout, settle);
    }
  } catch (...) {
    failure = std::current_exception();
  }

  // Stop: close every socket, let the aborted reads finish, then tear down.
  {
    const std::lock_guard lock(fanout.mutex);
    fanout.stopping = true;
  }
  work.reset();
  for (auto& s : subscribers)
    asio::post(io, [&s] {
      boost::system::error_code ignored;
      s->ws.next_layer().close(ignored);
    });
  for (auto& thread : threads) thread.join();
  clerk.close();
  if (failure) std::rethrow_exception(failure);

  JsonObject result;
  result.add("bench", "fanout").add("subscribers", options.subscribers).add("ready", ready);
  result.add("failed", fanout.failed).add("disconnected", fanout.disconnected).add("calls", options.calls);
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
  if (!fanout.first_error.empty()) result.add("first_error", fanout.first_error);
  std::cerr << "fanout: " << complete_calls << " of " << options.calls << " calls reached every subscriber\n";
  return result;
}

}  // namespace civiq::bench
