// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The Api at the seam between network threads and the office worker, driven in-process: requests go
// straight into Api::handle/check_upgrade (as the network threads would call them), the office is
// real (SQLite in memory, the demo branch), and the worker can be held busy on purpose.
#include "http/api.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "auth/secrets.hpp"
#include "net/static_files.hpp"
#include "protocol/event_frame.hpp"
#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"
#include "http/stream_credentials.hpp"
#include "storage/device_repository.hpp"
#include "storage/migrations.hpp"
#include "storage/user_repository.hpp"

namespace civiq::http {
namespace {

using namespace std::chrono_literals;

constexpr auto kGiveUp = 10s;  // only keeps a broken test from hanging

app::BranchConfig open_all_day() {
  auto config = app::demo_branch_config();
  config.queue.enforce_opening_hours = false;  // the tests run at any hour
  return config;
}

storage::Database migrated_memory_db() {
  auto db = storage::Database::open(":memory:");
  storage::migrate(db);
  return db;
}

// A peer that records frames; it can be closed from the test like a socket that ended.
class RecordingPeer final : public net::WebSocketPeer {
 public:
  void send(std::shared_ptr<const std::string> frame, std::string) override {
    const std::lock_guard lock(mutex_);
    frames_.push_back(*frame);
  }
  void close() override {
    closed_.store(true);
    open_.store(false);
  }
  [[nodiscard]] bool is_open() const override { return open_.load(); }
  void end() { open_.store(false); }
  [[nodiscard]] bool closed_by_server() const { return closed_.load(); }
  std::size_t frame_count() {
    const std::lock_guard lock(mutex_);
    return frames_.size();
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> frames_;
  std::atomic<bool> closed_{false};
  std::atomic<bool> open_{true};
};

// One branch's API with everything it needs, as civiq-server wires it.
struct Harness {
  Harness() {
    auth::init_secrets();
    office.load(clock.now());
    storage::UserRepository users(db);
    users.add("anna", "clerk", auth::hash_password("anna-Sehr-Geheim-2026"), 0);
    const auto login = authenticator.find_login("anna");
    clerk_token = authenticator.open_session(*login, clock.now()).token;
    office.set_change_listener([this](const domain::Events& events, domain::TimePoint now) {
      api.publish_changes(events, now);
      if (listener_throws) throw std::runtime_error("a listener failed after the commit");
    });
  }
  ~Harness() {
    office_worker.stop();
    password_worker.stop();
  }

  // The reply to one request, waiting for it (the worker answers asynchronously).
  net::HttpResponse request(const std::string& method, const std::string& path, const std::string& body = {},
                            std::vector<std::pair<std::string, std::string>> headers = {}) {
    net::HttpRequest request;
    request.method = method;
    request.path = path;
    request.target = path;
    request.body = body;
    request.remote_address = "127.0.0.1";
    request.headers = std::move(headers);
    request.headers.emplace_back("authorization", "Bearer " + clerk_token);
    auto answer = std::make_shared<std::promise<net::HttpResponse>>();
    auto future = answer->get_future();
    api.handle(std::move(request), [answer](net::HttpResponse response) { answer->set_value(std::move(response)); });
    if (future.wait_for(kGiveUp) != std::future_status::ready) throw std::runtime_error("no reply to " + path);
    return future.get();
  }

  // Holds the office worker busy until the returned promise is fulfilled.
  std::promise<void> hold_worker() {
    std::promise<void> release;
    std::promise<void> holding;
    office_worker.post([gate = release.get_future().share(), &holding] {
      holding.set_value();
      gate.wait();
    });
    holding.get_future().wait();
    return release;
  }

  // Runs nothing but waits until every task posted so far has run.
  void drain_worker() {
    std::promise<void> done;
    office_worker.post([&done] { done.set_value(); });
    if (done.get_future().wait_for(kGiveUp) != std::future_status::ready) throw std::runtime_error("worker stuck");
  }

  // Waits until the round of state frames after the last change is over (it runs in slices, each
  // queued behind what came before it).
  void drain_state_frames() {
    for (int turn = 0; turn < 10000; ++turn) {
      std::promise<bool> due;
      office_worker.post([&] { due.set_value(api.state_frames_due()); });
      if (!due.get_future().get()) return;
    }
    throw std::runtime_error("the state frames never end");
  }

  // Issues `count` tickets for service 1 on the worker, with tokens "token-0", "token-1", ...
  void issue_tickets(int count) {
    office_worker.post([this, count] {
      for (int i = 0; i < count; ++i) {
        domain::IssueTicket command;
        command.services = {domain::ServiceId{1}};
        command.token = "token-" + std::to_string(i);
        (void)office.execute([&](const domain::OfficeQueue& q) { return q.issue(command, {}, clock.now()); },
                             clock.now());
      }
    });
  }

  // The office's event sequence number now.
  std::int64_t last_seq() {
    std::promise<std::int64_t> seq;
    office_worker.post([&] { seq.set_value(office.last_seq()); });
    return seq.get_future().get();
  }

  app::BranchConfig config = open_all_day();
  storage::Database db = migrated_memory_db();
  app::OfficeService office{config, db};
  auth::Authenticator authenticator{db};
  app::SerialWorker office_worker{24h, {}, [](const char*) {}};
  app::SerialWorker password_worker{24h, {}, [](const char*) {}};
  app::TopicHub hub;
  const net::StaticFiles web_files{config.web_root};
  const net::StaticFiles manage_files{config.manage_root};
  app::Metrics metrics;
  const app::OfficeClock clock;
  app::DeviceBoard devices;
  app::SerialWorker report_worker{24h, {}, [](const char*) {}};
  app::FigureReports reports{config, db};  // an in-memory database has no second connection
  ApiContext context{config,       office,  authenticator, office_worker, password_worker, hub,    web_files,
                     manage_files, metrics, clock,         devices,       report_worker,   reports};
  Api api{context};
  std::string clerk_token;
  bool listener_throws = false;
};

net::HttpRequest upgrade_request(const std::string& topics) {
  net::HttpRequest request;
  request.method = "GET";
  request.path = "/api/v1/events";
  request.target = "/api/v1/events?topics=" + topics;
  request.query = {{"topics", topics}};
  request.remote_address = "127.0.0.1";
  return request;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

net::HttpRequest upgrade_request(const std::string& topics, const std::string& token) {
  auto request = upgrade_request(topics);
  request.headers.emplace_back("authorization", "Bearer " + token);
  return request;
}

// What the phone tests observe, in one order: every frame any phone gets and the replies the test
// takes note of (the worker sends and replies on one thread, so this is the order they happened in).
struct Observed {
  std::atomic<std::uint64_t> next{0};  // the place of the next observation
  std::atomic<int> updates{0};         // "update" frames to all phones so far
  std::mutex mutex;
  std::function<void()> on_first_update;  // run (once) when the next update reaches any phone

  void updated() {
    ++updates;
    std::function<void()> act;
    {
      const std::lock_guard lock(mutex);
      act = std::exchange(on_first_update, {});
    }
    if (act) act();
  }
};

// A citizen's phone following its ticket.
class PhonePeer final : public net::WebSocketPeer {
 public:
  struct Received {
    std::uint64_t place;
    std::int64_t seq;
    std::string kind;
  };

  explicit PhonePeer(Observed& observed) : observed_(observed) {}

  void send(std::shared_ptr<const std::string> frame, std::string) override {
    const auto parsed = protocol::parse_frame(*frame);
    const std::string kind = parsed.frame ? parsed.frame->kind : "(not a frame)";
    {
      const std::lock_guard lock(mutex_);
      received_.push_back({observed_.next++, parsed.frame ? parsed.frame->seq : -1, kind});
    }
    if (kind == protocol::frame_kind::kUpdate) observed_.updated();
  }
  void close() override {}
  [[nodiscard]] bool is_open() const override { return true; }

  std::vector<Received> received() {
    const std::lock_guard lock(mutex_);
    return received_;
  }

 private:
  Observed& observed_;
  std::mutex mutex_;
  std::vector<Received> received_;
};

// Phones following the tickets "token-<first>" ... "token-<first + count - 1>" (Harness::issue_tickets).
std::vector<std::shared_ptr<PhonePeer>> follow_tickets(Harness& h, Observed& observed, int first, int count) {
  std::vector<std::shared_ptr<PhonePeer>> phones;
  for (int i = first; i < first + count; ++i) {
    phones.push_back(std::make_shared<PhonePeer>(observed));
    h.api.on_open(phones.back(), upgrade_request("ticket:token-" + std::to_string(i)));
  }
  h.drain_worker();
  return phones;
}

net::HttpRequest counter_request(const std::string& token, int counter, const std::string& action) {
  net::HttpRequest request;
  request.method = "POST";
  request.path = request.target = "/api/v1/counters/" + std::to_string(counter) + "/" + action;
  request.headers = {{"authorization", "Bearer " + token}};
  return request;
}

std::int64_t event_seq(const net::HttpResponse& response) {
  for (const auto& [name, value] : response.headers)
    if (name == "Event-Seq") return std::stoll(value);
  return -1;
}

}  // namespace

TEST_CASE("upgrades are decided by the worker without blocking the caller, also while it is busy") {
  Harness h;
  constexpr int kReconnects = 500;
  std::vector<std::future<std::optional<net::HttpResponse>>> decisions;
  {
    auto release = h.hold_worker();
    // All of these return at once although the worker cannot decide yet; the old check_upgrade
    // blocked its network thread for up to 10 s per handshake.
    for (int i = 0; i < kReconnects; ++i) {
      auto decided = std::make_shared<std::promise<std::optional<net::HttpResponse>>>();
      decisions.push_back(decided->get_future());
      h.api.check_upgrade(upgrade_request(i % 10 == 0 ? "nonsense" : "calls"),
                          [decided](std::optional<net::HttpResponse> refusal) { decided->set_value(std::move(refusal)); });
    }
    for (auto& decision : decisions) CHECK(decision.wait_for(0s) == std::future_status::timeout);
    // Routes that need no office answer meanwhile (the live-ticket page): request() would throw.
    CHECK_NOTHROW((void)h.request("GET", "/t/some-token"));
    release.set_value();
  }
  int accepted = 0;
  int refused = 0;
  for (auto& decision : decisions) {
    REQUIRE(decision.wait_for(kGiveUp) == std::future_status::ready);
    const auto refusal = decision.get();
    accepted += refusal ? 0 : 1;
    refused += refusal && refusal->status == 400 ? 1 : 0;
  }
  CHECK(accepted == kReconnects - kReconnects / 10);
  CHECK(refused == kReconnects / 10);
}

TEST_CASE("work that waited past the queue deadline is answered 503 with Retry-After") {
  Harness h;
  h.config.queue_deadline = 1ms;
  std::future<net::HttpResponse> late;
  {
    auto release = h.hold_worker();
    auto answer = std::make_shared<std::promise<net::HttpResponse>>();
    late = answer->get_future();
    net::HttpRequest request;
    request.method = "GET";
    request.path = request.target = "/api/v1/queue";
    request.headers = {{"authorization", "Bearer " + h.clerk_token}};
    h.api.handle(std::move(request), [answer](net::HttpResponse response) { answer->set_value(std::move(response)); });
    // Past its deadline before the worker can reach it: wait for the deadline, not a fixed time.
    const auto posted = std::chrono::steady_clock::now();
    while (std::chrono::steady_clock::now() - posted <= 2ms) std::this_thread::yield();
    release.set_value();
  }
  REQUIRE(late.wait_for(kGiveUp) == std::future_status::ready);
  const auto response = late.get();
  CHECK(response.status == 503);
  CHECK(contains(response.body, R"("error":"busy")"));
  CHECK(std::find(response.headers.begin(), response.headers.end(), std::pair<std::string, std::string>{"Retry-After", "1"}) !=
        response.headers.end());
  h.config.queue_deadline = 3s;
  CHECK(h.request("GET", "/api/v1/queue").status == 200);  // and it recovers
}

TEST_CASE("a failure after the commit never claims that nothing was changed") {
  Harness h;
  REQUIRE(h.request("POST", "/api/v1/counters/1/open").status == 200);
  h.drain_worker();
  h.listener_throws = true;
  const auto failed = h.request("POST", "/api/v1/counters/1/close");
  CHECK(failed.status == 500);
  CHECK(contains(failed.body, R"("error":"internal_after_commit")"));
  CHECK_FALSE(contains(failed.body, "nothing was changed"));
  h.listener_throws = false;
  const auto counters = protocol::from_json<protocol::CounterList>(h.request("GET", "/api/v1/counters").body);
  REQUIRE(counters.value);
  CHECK_FALSE(counters.value->counters.at(0).open);  // the close was stored, as the answer said
}

TEST_CASE("a retried counter action with the same Idempotency-Key calls no second citizen") {
  Harness h;
  h.office_worker.post([&h] {
    for (int i = 0; i < 2; ++i) {
      domain::IssueTicket command;
      command.services = {domain::ServiceId{1}};
      command.token = "token-" + std::to_string(i);
      (void)h.office.execute([&](const domain::OfficeQueue& q) { return q.issue(command, {}, h.clock.now()); },
                             h.clock.now());
    }
  });
  REQUIRE(h.request("POST", "/api/v1/counters/1/open").status == 200);
  const std::vector<std::pair<std::string, std::string>> key{{"idempotency-key", "click-1"}};
  const auto first = h.request("POST", "/api/v1/counters/1/call-next", {}, key);
  REQUIRE(first.status == 200);
  const auto retried = h.request("POST", "/api/v1/counters/1/call-next", {}, key);
  CHECK(retried.status == 200);
  CHECK(retried.body == first.body);
  CHECK(std::find(retried.headers.begin(), retried.headers.end(),
                  std::pair<std::string, std::string>{"Idempotent-Replayed", "true"}) != retried.headers.end());
  std::promise<std::size_t> waiting;
  h.office_worker.post([&] { waiting.set_value(h.office.queue().waiting_candidates().size()); });
  CHECK(waiting.get_future().get() == 1);  // one called, one still waiting
}

TEST_CASE("an Idempotency-Key belongs to its sender's kind and name: a user named like a kiosk replays nothing") {
  Harness h;
  storage::DeviceRepository devices(h.db);
  const std::string kiosk_token = "kiosk-token-named-like-anna";
  devices.enroll("anna", "kiosk", auth::token_digest(kiosk_token), 0);  // a kiosk that shares anna's name
  const std::string body = R"({"service_id": 1})";
  const auto as_kiosk = h.request("POST", "/api/v1/tickets", body,
                                  {{"idempotency-key", "tap-1"}, {"authorization", "Bearer " + kiosk_token}});
  REQUIRE(as_kiosk.status == 201);
  const auto as_anna = h.request("POST", "/api/v1/tickets", body, {{"idempotency-key", "tap-1"}});
  REQUIRE(as_anna.status == 201);
  const auto kiosk_ticket = protocol::from_json<protocol::IssuedTicket>(as_kiosk.body);
  const auto anna_ticket = protocol::from_json<protocol::IssuedTicket>(as_anna.body);
  REQUIRE(kiosk_ticket.value);
  REQUIRE(anna_ticket.value);
  CHECK(anna_ticket.value->id != kiosk_ticket.value->id);        // her own ticket ...
  CHECK(anna_ticket.value->token != kiosk_ticket.value->token);  // ... never the kiosk's token
}

TEST_CASE("a subscriber that leaves before the worker subscribes it is never subscribed") {
  Harness h;
  auto peer = std::make_shared<RecordingPeer>();
  {
    auto release = h.hold_worker();
    h.api.on_open(peer, upgrade_request("calls,queue"));
    peer->end();            // the socket ends ...
    h.api.on_close(*peer);  // ... and the network thread says so at once
    release.set_value();
  }
  h.drain_worker();
  CHECK(h.hub.peer_count() == 0);
  CHECK(peer->frame_count() == 0);  // no snapshot was built for it either
}

TEST_CASE("signing out ends that session's event streams at once, and only those") {
  Harness h;
  const std::string other_session =
      h.authenticator.open_session(*h.authenticator.find_login("anna"), h.clock.now()).token;  // her second PC
  auto signed_out = std::make_shared<RecordingPeer>();
  auto other = std::make_shared<RecordingPeer>();
  auto phone = std::make_shared<RecordingPeer>();  // public topic, no token
  h.api.on_open(signed_out, upgrade_request("queue,counters", h.clerk_token));
  h.api.on_open(other, upgrade_request("queue", other_session));
  h.api.on_open(phone, upgrade_request("calls"));
  h.drain_worker();
  REQUIRE(h.hub.peer_count() == 3);

  CHECK(h.request("POST", "/api/v1/auth/logout").status == 204);
  CHECK(signed_out->closed_by_server());  // before the reply, not at the next sweep
  CHECK_FALSE(other->closed_by_server());
  CHECK_FALSE(phone->closed_by_server());
  std::string metrics;
  h.metrics.render(metrics);
  CHECK(contains(metrics, "civiq_websocket_streams_ended_total 1\n"));
}

TEST_CASE("the sweep ends the streams of a disabled user, a revoked device and an expired session") {
  Harness h;
  storage::DeviceRepository devices(h.db);
  const std::string display_token = "display-token-for-the-sweep-test";
  devices.enroll("flur-1", "display", auth::token_digest(display_token), 0);
  auto clerk = std::make_shared<RecordingPeer>();
  auto display = std::make_shared<RecordingPeer>();
  auto phone = std::make_shared<RecordingPeer>();
  h.api.on_open(clerk, upgrade_request("queue", h.clerk_token));
  h.api.on_open(display, upgrade_request("calls", display_token));
  h.api.on_open(phone, upgrade_request("calls"));
  h.drain_worker();

  std::promise<std::size_t> untouched;
  h.office_worker.post([&] { untouched.set_value(end_streams_of_ended_credentials(h.context, h.clock.now())); });
  CHECK(untouched.get_future().get() == 0);  // everyone's credential still holds

  // What civiq-admin does from outside: the user disabled, the device revoked.
  storage::UserRepository users(h.db);
  REQUIRE(users.set_disabled(users.find_by_name("anna")->id, true));
  REQUIRE(devices.revoke("flur-1", 0));
  std::promise<std::size_t> swept;
  h.office_worker.post([&] { swept.set_value(end_streams_of_ended_credentials(h.context, h.clock.now())); });
  CHECK(swept.get_future().get() == 2);
  CHECK(clerk->closed_by_server());
  CHECK(display->closed_by_server());
  CHECK_FALSE(phone->closed_by_server());

  // A session that simply ran out ends its stream too.
  REQUIRE(users.set_disabled(users.find_by_name("anna")->id, false));
  const std::string fresh = h.authenticator.open_session(*h.authenticator.find_login("anna"), h.clock.now()).token;
  auto late = std::make_shared<RecordingPeer>();
  h.api.on_open(late, upgrade_request("queue", fresh));
  h.drain_worker();
  std::promise<std::size_t> expired;
  h.office_worker.post([&] {
    expired.set_value(end_streams_of_ended_credentials(h.context, h.clock.now() + auth::Authenticator::kSessionLifetime));
  });
  CHECK(expired.get_future().get() == 1);
  CHECK(late->closed_by_server());
}

TEST_CASE("after a change the clerk's reply comes first; followers get one state frame per burst") {
  Harness h;
  auto follower = std::make_shared<RecordingPeer>();
  h.api.on_open(follower, upgrade_request("queue"));
  h.drain_worker();
  REQUIRE(follower->frame_count() == 1);  // the snapshot
  {
    auto release = h.hold_worker();
    std::vector<std::future<net::HttpResponse>> replies;
    for (const char* action : {"open", "close", "open"}) {
      auto answer = std::make_shared<std::promise<net::HttpResponse>>();
      replies.push_back(answer->get_future());
      net::HttpRequest request;
      request.method = "POST";
      request.path = request.target = std::string("/api/v1/counters/1/") + action;
      request.headers = {{"authorization", "Bearer " + h.clerk_token}};
      h.api.handle(std::move(request), [answer](net::HttpResponse r) { answer->set_value(std::move(r)); });
    }
    release.set_value();
    for (auto& reply : replies) CHECK(reply.get().status == 200);
  }
  h.drain_state_frames();
  CHECK(follower->frame_count() == 2);  // snapshot + one update for the burst of three commands
}

TEST_CASE("a clerk's command waits for one slice of the phones' views, and no phone gets a stale view") {
  Harness h;
  // Far more phones than one slice: the fan-out before the slices built and sent all of them first.
  constexpr int kPhones = static_cast<int>(4 * StatePublisher::kViewsPerSlice);
  h.issue_tickets(kPhones + 2);
  Observed observed;
  const auto phones = follow_tickets(h, observed, 2, kPhones);  // behind the two tickets called below
  // Counters 1 and 2 both serve service 1.
  for (const int counter : {1, 2})
    REQUIRE(h.request("POST", "/api/v1/counters/" + std::to_string(counter) + "/open").status == 200);
  h.drain_state_frames();
  for (const auto& phone : phones) REQUIRE(phone->received().size() >= 1);  // the snapshot
  observed.updates = 0;

  // When the first call's first update reaches a phone, a clerk at counter 2 calls too: as any
  // request, the command lands at the back of the worker's queue.
  std::promise<std::pair<int, std::uint64_t>> second;  // updates sent before its reply; its place
  std::promise<std::int64_t> second_seq;
  {
    const std::lock_guard lock(observed.mutex);
    observed.on_first_update = [&] {
      h.api.handle(counter_request(h.clerk_token, 2, "call-next"), [&](net::HttpResponse response) {
        second_seq.set_value(response.status == 200 ? event_seq(response) : -1);
        second.set_value({observed.updates.load(), observed.next++});
      });
    };
  }
  REQUIRE(h.request("POST", "/api/v1/counters/1/call-next").status == 200);
  const auto [updates_at_reply, reply_place] = second.get_future().get();
  const auto newer = second_seq.get_future().get();
  REQUIRE(newer > 0);
  h.drain_state_frames();

  // The second clerk waited for at most one slice of views, not for every phone.
  CHECK(updates_at_reply <= static_cast<int>(StatePublisher::kViewsPerSlice));
  CHECK(h.last_seq() == newer);
  for (std::size_t i = 0; i < phones.size(); ++i) {
    CAPTURE(i);
    const auto frames = phones[i]->received();
    REQUIRE(frames.size() >= 2);
    // Never an older view after a newer one, no view built before the newer state once it exists,
    // and the newest state last.
    for (std::size_t k = 1; k < frames.size(); ++k) CHECK(frames[k].seq >= frames[k - 1].seq);
    for (const auto& frame : frames)
      if (frame.place > reply_place) CHECK(frame.seq >= newer);
    CHECK(frames.back().seq == newer);
    CHECK(frames.back().kind == protocol::frame_kind::kUpdate);
  }
}

TEST_CASE("the phones' views wait until the reply is handed to the network") {
  Harness h;
  constexpr int kPhones = 5;
  h.issue_tickets(kPhones + 1);
  Observed observed;
  const auto phones = follow_tickets(h, observed, 1, kPhones);
  REQUIRE(h.request("POST", "/api/v1/counters/1/open").status == 200);
  h.drain_state_frames();
  const int before = observed.updates.load();

  auto held = h.request("POST", "/api/v1/counters/1/call-next");  // not yet handed to the network
  REQUIRE(held.status == 200);
  REQUIRE(held.until_sent != nullptr);
  h.drain_worker();
  h.drain_worker();
  CHECK(observed.updates.load() == before);  // the worker is idle, yet the phones wait for the reply

  held.until_sent.reset();  // the network has taken it
  h.drain_state_frames();
  CHECK(observed.updates.load() == before + kPhones);
  for (const auto& phone : phones) CHECK(phone->received().back().kind == protocol::frame_kind::kUpdate);
}

}  // namespace civiq::http
