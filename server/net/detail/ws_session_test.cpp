// WebSocket behaviour of civiq_net, over real sockets on 127.0.0.1.
#include <memory>
#include <string>
#include <thread>

#include <doctest/doctest.h>

#include "net/detail/test_support.hpp"

namespace civiq::net::testing {
namespace {

std::shared_ptr<const std::string> text(std::string value) {
  return std::make_shared<const std::string>(std::move(value));
}

}  // namespace

TEST_CASE("check_upgrade can refuse a WebSocket with a normal HTTP response") {
  RunningServer server;
  WsClient client(server.port(), "/ws/forbidden");
  CHECK(client.handshake_error() == websocket::error::upgrade_declined);
  CHECK(client.handshake_response().result_int() == 403);
  CHECK(client.handshake_response().body() == R"({"error":"forbidden"})");
  CHECK(server.app.opened().empty());
}

TEST_CASE("frames sent from another thread arrive in order") {
  ServerOptions options = test_options();
  options.ws_queue_limit = 1000;
  RunningServer server(options);
  WsClient client(server.port(), "/ws/display?office=1");
  REQUIRE_FALSE(client.handshake_error());
  CHECK(client.handshake_response()[http::field::server] == "civiq");
  const auto peer = server.app.wait_for_peer(0);

  constexpr int kFrames = 200;
  std::thread sender([peer] {
    for (int i = 0; i < kFrames; ++i) {
      peer->send(text("frame " + std::to_string(i)));
    }
  });
  int in_order = 0;
  for (int i = 0; i < kFrames; ++i) {
    in_order += client.read_text() == "frame " + std::to_string(i) ? 1 : 0;
  }
  sender.join();
  CHECK(in_order == kFrames);
}

TEST_CASE("a queued frame is replaced by a newer one with the same coalesce key") {
  RunningServer server;
  // Sending from on_open (on the session's strand) queues everything behind the first write
  // before that write can complete, so the outcome does not depend on timing.
  server.app.on_open_hook = [](const std::shared_ptr<WebSocketPeer>& peer, const HttpRequest&) {
    peer->send(text("a1"), "A");  // written at once
    peer->send(text("b1"), "B");
    peer->send(text("a2"), "A");
    peer->send(text("u1"));
    peer->send(text("a3"), "A");  // drops a2, goes to the back
    peer->send(text("b2"), "B");  // drops b1
    peer->send(text("end"));
  };
  WsClient client(server.port());
  for (const char* expected : {"a1", "u1", "a3", "b2", "end"}) {
    CHECK(client.read_text() == expected);
  }
}

TEST_CASE("a peer that stops reading is closed at the queue limit; a fast peer gets everything") {
  ServerOptions options = test_options();
  options.ws_queue_limit = 8;
  RunningServer server(options);
  WsClient slow(server.port(), "/ws", 4096);  // tiny receive buffer, never reads
  const auto slow_peer = server.app.wait_for_peer(0);
  WsClient fast(server.port());
  const auto fast_peer = server.app.wait_for_peer(1);

  // Each frame is serialised once and shared by both peers. The fast client reads each frame
  // before the next is sent; the slow one fills the kernel buffers, then its queue overflows.
  constexpr int kMaxFrames = 2000;
  constexpr std::size_t kFrameSize = 64 * 1024;
  int sent = 0;
  int fast_received = 0;
  while (sent < kMaxFrames && server.app.close_count(slow_peer.get()) == 0) {
    std::string body = "frame " + std::to_string(sent) + " ";
    body.resize(kFrameSize, '.');
    const auto frame = text(std::move(body));
    slow_peer->send(frame);
    fast_peer->send(frame);
    ++sent;
    fast_received += fast.read_text() == *frame ? 1 : 0;
  }
  CHECK(server.app.wait_for_close(slow_peer.get()));
  CHECK(sent < kMaxFrames);
  CHECK(fast_received == sent);
  // The fast peer is unaffected and keeps receiving.
  CHECK(server.app.close_count(fast_peer.get()) == 0);
  fast_peer->send(text("still here"));
  CHECK(fast.read_text() == "still here");
  CHECK(server.app.close_count(slow_peer.get()) == 1);
}

TEST_CASE("on_close is called exactly once; later sends are harmless") {
  RunningServer server;
  WsClient client(server.port());
  const auto peer = server.app.wait_for_peer(0);
  peer->send(text("hello"));
  CHECK(client.read_text() == "hello");
  client.close();
  CHECK(server.app.wait_for_close(peer.get()));
  peer->send(text("nobody listens"));
  peer->close();
  CHECK(server.stop_and_join());
  CHECK(server.app.close_count(peer.get()) == 1);
}

TEST_CASE("close() from the app sends queued frames, then a normal close") {
  RunningServer server;
  server.app.on_open_hook = [](const std::shared_ptr<WebSocketPeer>& peer, const HttpRequest&) {
    peer->send(text("bye 1"));
    peer->send(text("bye 2"));
    peer->close();
    peer->send(text("ignored"));
  };
  WsClient client(server.port());
  CHECK(client.read_text() == "bye 1");
  CHECK(client.read_text() == "bye 2");
  CHECK(client.read_until_closed() == websocket::error::closed);
  CHECK(server.app.wait_for_close(server.app.wait_for_peer(0).get()));
}

TEST_CASE("client messages are ignored and the connection stays open") {
  RunningServer server;
  server.app.on_open_hook = [](const std::shared_ptr<WebSocketPeer>& peer, const HttpRequest&) {
    peer->send(text("welcome"));
  };
  WsClient client(server.port());
  CHECK(client.read_text() == "welcome");
  client.write_text("ping from client");
  const auto peer = server.app.wait_for_peer(0);
  peer->send(text("after"));
  CHECK(client.read_text() == "after");
  CHECK(server.app.close_count(peer.get()) == 0);
}

TEST_CASE("stop() closes every WebSocket and calls on_close before run() returns") {
  RunningServer server;
  WsClient first(server.port());
  WsClient second(server.port());
  const auto first_peer = server.app.wait_for_peer(0);
  const auto second_peer = server.app.wait_for_peer(1);
  CHECK(server.stop_and_join());
  CHECK(server.app.close_count(first_peer.get()) == 1);
  CHECK(server.app.close_count(second_peer.get()) == 1);
  CHECK(first.read_until_closed());
  CHECK(second.read_until_closed());
}

TEST_CASE("peer handles kept past the server's lifetime are harmless") {
  std::shared_ptr<WebSocketPeer> kept;
  {
    RunningServer server;
    WsClient client(server.port());
    kept = server.app.wait_for_peer(0);
  }
  kept->send(text("into the void"));
  kept->close();
  kept.reset();
}

}  // namespace civiq::net::testing
