// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// WebSocket behaviour of civiq_net, over real sockets on 127.0.0.1.
#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/buffers_iterator.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>

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

TEST_CASE("a peer that answers no ping is closed after the idle timeout; a reading one stays") {
  RunningServer server(options_with([](ServerOptions& o) { o.ws_idle_timeout = std::chrono::seconds{1}; }));

  // Time passing is what is tested here: the reader answers the pings of two and a half idle
  // timeouts while it waits for the frame.
  WsClient reading(server.port());
  const auto reading_peer = server.app.wait_for_peer(0);
  auto later = std::async(std::launch::async, [&] {
    std::this_thread::sleep_for(std::chrono::milliseconds{2500});
    reading_peer->send(text("still here"));
  });
  CHECK(reading.read_text() == "still here");
  CHECK(server.app.close_count(reading_peer.get()) == 0);

  // A raw socket that completes the handshake and then never answers: a half-open connection.
  HttpClient silent(server.port());
  silent.write_raw(
      "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
  CHECK(silent.read_response().result_int() == 101);
  const auto silent_peer = server.app.wait_for_peer(1);
  const auto started = std::chrono::steady_clock::now();
  const auto ec = silent.read_until_closed();  // reads the ping, never answers it
  CHECK((ec == asio::error::eof || ec == asio::error::connection_reset));
  CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds{900});
  CHECK(server.app.wait_for_close(silent_peer.get()));
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

TEST_CASE("upgrades waiting for the app's decision hold no network thread") {
  // Every display and phone reconnects at once after a restart while the app is busy: the
  // handshakes wait for the app's decision, and meanwhile plain requests are still served.
  constexpr std::size_t kUpgrades = 300;
  RunningServer server;
  asio::io_context io;
  std::vector<tcp::socket> sockets;
  const std::string upgrade =
      "GET /ws/deferred HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
  for (std::size_t i = 0; i < kUpgrades; ++i) {
    auto& socket = sockets.emplace_back(io);
    socket.connect(local(server.port()));
    asio::write(socket, asio::buffer(upgrade));
  }
  auto decisions = server.app.wait_for_deferred_upgrades(kUpgrades);
  REQUIRE(decisions.size() == kUpgrades);

  HttpClient client(server.port());
  CHECK(client.request(http::verb::get, "/json").result_int() == 200);

  // Decided later, from this thread: every other one refused, the rest accepted.
  for (std::size_t i = 0; i < kUpgrades; ++i) {
    if (i % 2 == 0) {
      decisions[i](std::nullopt);
    } else {
      decisions[i](HttpResponse{403, "application/json", R"({"error":"forbidden"})", {}});
    }
  }
  std::size_t accepted = 0;
  std::size_t refused = 0;
  for (auto& socket : sockets) {
    asio::streambuf head;
    asio::read_until(socket, head, "\r\n\r\n");
    const std::string text{asio::buffers_begin(head.data()), asio::buffers_end(head.data())};
    accepted += text.starts_with("HTTP/1.1 101") ? 1 : 0;
    refused += text.starts_with("HTTP/1.1 403") ? 1 : 0;
  }
  CHECK(accepted == kUpgrades / 2);
  CHECK(refused == kUpgrades / 2);
  server.app.wait_for_peer(kUpgrades / 2 - 1);  // on_open follows the 101 on the server's side
  CHECK(server.app.opened().size() == kUpgrades / 2);
}

TEST_CASE("an upgrade whose decision is dropped is refused with a 500") {
  RunningServer server;
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(local(server.port()));
  asio::write(socket, asio::buffer(std::string(
                          "GET /ws/deferred HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")));
  server.app.wait_for_deferred_upgrades(1).clear();  // the app forgets to decide
  asio::streambuf head;
  asio::read_until(socket, head, "\r\n\r\n");
  const std::string text{asio::buffers_begin(head.data()), asio::buffers_end(head.data())};
  CHECK(text.starts_with("HTTP/1.1 500"));
}

TEST_CASE("a peer reports is_open until its socket has ended") {
  RunningServer server;
  std::shared_ptr<WebSocketPeer> peer;
  {
    WsClient client(server.port());
    peer = server.app.wait_for_peer(0);
    CHECK(peer->is_open());
    client.close();
  }
  REQUIRE(server.app.wait_for_close(peer.get()));
  CHECK_FALSE(peer->is_open());
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
