// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "app/topic_hub.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

namespace civiq::app {
namespace {

// Records what the hub sends it, keeping the shared buffer so a test can compare pointers.
class FakePeer final : public net::WebSocketPeer {
 public:
  struct Sent {
    std::shared_ptr<const std::string> frame;
    std::string coalesce_key;
  };

  void send(std::shared_ptr<const std::string> frame, std::string coalesce_key) override {
    sent.push_back({std::move(frame), std::move(coalesce_key)});
  }
  void close() override { ++closed; }
  [[nodiscard]] bool is_open() const override { return open; }

  std::vector<Sent> sent;
  int closed = 0;
  bool open = true;
};

std::shared_ptr<const std::string> frame(std::string text) {
  return std::make_shared<const std::string>(std::move(text));
}

std::vector<std::string> texts(const FakePeer& peer) {
  std::vector<std::string> out;
  for (const auto& s : peer.sent) out.push_back(*s.frame);
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("publish reaches exactly the subscribers of the topic") {
  TopicHub hub;
  auto display = std::make_shared<FakePeer>();
  auto clerk = std::make_shared<FakePeer>();
  auto citizen = std::make_shared<FakePeer>();
  hub.subscribe(display, {"calls", "queue"});
  hub.subscribe(clerk, {"queue"});
  hub.subscribe(citizen, {"ticket:abc"});

  hub.publish("calls", frame("call A001"));
  hub.publish("queue", frame("queue 1"));
  hub.publish("ticket:abc", frame("you are next"));
  hub.publish("ticket:other", frame("nobody listens"));
  hub.publish("nobody", frame("nobody listens"));

  CHECK(texts(*display) == Strings{"call A001", "queue 1"});
  CHECK(texts(*clerk) == Strings{"queue 1"});
  CHECK(texts(*citizen) == Strings{"you are next"});
  CHECK(hub.peer_count() == 3);
}

TEST_CASE("one frame buffer is shared by every peer, never copied") {
  TopicHub hub;
  std::vector<std::shared_ptr<FakePeer>> peers;
  for (int i = 0; i < 5; ++i) {
    peers.push_back(std::make_shared<FakePeer>());
    hub.subscribe(peers.back(), {"calls"});
  }
  const auto shared = frame(R"({"type":"call","number":"A001"})");
  hub.publish("calls", shared, "calls-snapshot");

  for (const auto& peer : peers) {
    REQUIRE(peer->sent.size() == 1);
    CHECK(peer->sent.front().frame.get() == shared.get());
    CHECK(peer->sent.front().coalesce_key == "calls-snapshot");
  }
  CHECK(shared.use_count() == 1 + static_cast<long>(peers.size()));
}

TEST_CASE("the coalesce key is passed on, empty by default") {
  TopicHub hub;
  auto peer = std::make_shared<FakePeer>();
  hub.subscribe(peer, {"queue"});
  hub.publish("queue", frame("1"));
  hub.publish("queue", frame("2"), "queue-snapshot");
  REQUIRE(peer->sent.size() == 2);
  CHECK(peer->sent[0].coalesce_key.empty());
  CHECK(peer->sent[1].coalesce_key == "queue-snapshot");
}

TEST_CASE("remove stops delivery and forgets topics nobody follows any more") {
  TopicHub hub;
  auto display = std::make_shared<FakePeer>();
  auto clerk = std::make_shared<FakePeer>();
  hub.subscribe(display, {"calls", "queue"});
  hub.subscribe(clerk, {"queue"});
  CHECK(hub.has_subscribers("calls"));
  CHECK(hub.has_subscribers("queue"));
  CHECK_FALSE(hub.has_subscribers("ticket:abc"));

  hub.remove(*display);
  CHECK_FALSE(hub.has_subscribers("calls"));
  CHECK(hub.has_subscribers("queue"));
  CHECK(hub.peer_count() == 1);

  hub.publish("calls", frame("call A001"));
  hub.publish("queue", frame("queue 1"));
  CHECK(display->sent.empty());
  CHECK(texts(*clerk) == Strings{"queue 1"});

  hub.remove(*clerk);
  CHECK_FALSE(hub.has_subscribers("queue"));
  CHECK(hub.peer_count() == 0);
  CHECK(hub.topics_with_prefix("").empty());
  // The hub never closes peers; closing is the network layer's business.
  CHECK(display->closed == 0);
  CHECK(clerk->closed == 0);
}

TEST_CASE("remove of an unknown peer, or twice, changes nothing") {
  TopicHub hub;
  auto follower = std::make_shared<FakePeer>();
  FakePeer stranger;
  hub.subscribe(follower, {"calls"});
  hub.remove(stranger);
  hub.remove(*follower);
  hub.remove(*follower);
  CHECK(hub.peer_count() == 0);
  CHECK_FALSE(hub.has_subscribers("calls"));
}

TEST_CASE("the hub lets go of a removed peer") {
  TopicHub hub;
  auto peer = std::make_shared<FakePeer>();
  const std::weak_ptr<FakePeer> watch = peer;
  hub.subscribe(peer, {"calls", "queue", "ticket:abc"});
  hub.remove(*peer);
  peer.reset();
  CHECK(watch.expired());
}

TEST_CASE("subscribing twice, or to more topics later, delivers each frame once") {
  TopicHub hub;
  auto peer = std::make_shared<FakePeer>();
  hub.subscribe(peer, {"queue"});
  hub.subscribe(peer, {"queue", "calls"});
  hub.publish("queue", frame("q"));
  hub.publish("calls", frame("c"));
  CHECK(texts(*peer) == Strings{"q", "c"});
  CHECK(hub.peer_count() == 1);

  hub.remove(*peer);
  CHECK_FALSE(hub.has_subscribers("queue"));
  CHECK_FALSE(hub.has_subscribers("calls"));
}

TEST_CASE("topics_with_prefix lists the followed topics that start with it") {
  TopicHub hub;
  auto a = std::make_shared<FakePeer>();
  auto b = std::make_shared<FakePeer>();
  hub.subscribe(a, {"calls", "ticket:abc", "ticket:xyz"});
  hub.subscribe(b, {"ticket:abc", "ticket:def", "tickets", "queue"});

  CHECK(hub.topics_with_prefix("ticket:") == Strings{"ticket:abc", "ticket:def", "ticket:xyz"});
  CHECK(hub.topics_with_prefix("ticket") == Strings{"ticket:abc", "ticket:def", "ticket:xyz", "tickets"});
  CHECK(hub.topics_with_prefix("calls") == Strings{"calls"});
  CHECK(hub.topics_with_prefix("counter:").empty());
  CHECK(hub.topics_with_prefix("") == Strings{"calls", "queue", "ticket:abc", "ticket:def", "ticket:xyz", "tickets"});

  hub.remove(*a);
  CHECK(hub.topics_with_prefix("ticket:") == Strings{"ticket:abc", "ticket:def"});
  hub.remove(*b);
  CHECK(hub.topics_with_prefix("ticket:").empty());
}

// A peer that, like a real WebSocket session ending, unsubscribes itself while being sent to:
// the hub must not hold its lock while sending.
class LeavingPeer final : public net::WebSocketPeer {
 public:
  explicit LeavingPeer(TopicHub& hub) : hub_(hub) {}
  void send(std::shared_ptr<const std::string>, std::string) override {
    ++sends;
    hub_.remove(*this);
  }
  void close() override {}
  [[nodiscard]] bool is_open() const override { return true; }
  int sends = 0;

 private:
  TopicHub& hub_;
};

TEST_CASE("a peer may leave the hub from inside send") {
  TopicHub hub;
  auto leaving = std::make_shared<LeavingPeer>(hub);
  auto staying = std::make_shared<FakePeer>();
  hub.subscribe(leaving, {"calls"});
  hub.subscribe(staying, {"calls"});
  hub.publish("calls", frame("1"));
  hub.publish("calls", frame("2"));
  CHECK(leaving->sends == 1);
  CHECK(texts(*staying) == Strings{"1", "2"});
  CHECK(hub.peer_count() == 1);
}

TEST_CASE("a peer that left before its subscription arrived is never subscribed") {
  // The network thread removes a closing peer at once; its subscription travels through the office
  // worker and may arrive later. It must not resurrect the peer (a leak for the server's lifetime).
  TopicHub hub;
  auto gone = std::make_shared<FakePeer>();
  hub.remove(*gone);  // on_close came first
  gone->open = false;
  CHECK_FALSE(hub.subscribe(gone, {"calls", "ticket:abc"}));
  CHECK(hub.peer_count() == 0);
  CHECK_FALSE(hub.has_subscribers("calls"));
  hub.publish("calls", frame("call A001"));
  CHECK(gone->sent.empty());

  auto alive = std::make_shared<FakePeer>();
  CHECK(hub.subscribe(alive, {"calls"}));
  CHECK(hub.peer_count() == 1);
}

}  // namespace
}  // namespace civiq::app
