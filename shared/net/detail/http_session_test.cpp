// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// HTTP behaviour of civiq_net, over real sockets on 127.0.0.1.
#include <csignal>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

#include <doctest/doctest.h>

#include "net/detail/test_support.hpp"

namespace civiq::net::testing {
namespace {

void check_serves(std::uint16_t port) {
  HttpClient client(port);
  const auto response = client.request(http::verb::get, "/still-there");
  CHECK(response.result_int() == 200);
  CHECK(response.body() == "GET /still-there from 127.0.0.1 body=");
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// A response whose until_sent token is watched through `watch`.
HttpResponse watched_response(std::string body, std::weak_ptr<const void>& watch) {
  HttpResponse response{200, "text/plain", std::move(body), {}};
  auto token = std::make_shared<const int>(0);
  watch = token;
  response.until_sent = std::move(token);
  return response;
}

// Whether the server lets go of the token (on one of its threads) within the test timeout.
bool released(const std::weak_ptr<const void>& watch) {
  const auto give_up = std::chrono::steady_clock::now() + kTestTimeout;
  while (!watch.expired()) {
    if (std::chrono::steady_clock::now() > give_up) {
      return false;
    }
    std::this_thread::yield();
  }
  return true;
}

}  // namespace

TEST_CASE("GET and POST round trip with decoded path, query and headers") {
  RunningServer server;
  HttpClient client(server.port());

  const auto get =
      client.request(http::verb::get, "/echo/hello%20world?a=1&b=x+y", {}, {{"X-Test", "t1"}});
  CHECK(get.result_int() == 200);
  CHECK(get.body() == "GET /echo/hello world [a=1] [b=x y] from 127.0.0.1 x-test=t1 body=");
  CHECK(get[http::field::server] == "civiq");
  CHECK(get[http::field::content_type] == "text/plain");
  CHECK(get[http::field::content_length] == std::to_string(get.body().size()));
  CHECK(get["X-Echo"] == "yes");
  CHECK(get[http::field::cache_control].empty());

  const auto post = client.request(http::verb::post, "/echo", R"({"n":1})");
  CHECK(post.result_int() == 200);
  CHECK(post.body() == R"(POST /echo from 127.0.0.1 body={"n":1})");
}

TEST_CASE("JSON responses carry Cache-Control: no-store; HEAD gets no body") {
  RunningServer server;
  HttpClient client(server.port());
  const auto json = client.request(http::verb::get, "/json");
  CHECK(json[http::field::content_type] == "application/json");
  CHECK(json[http::field::cache_control] == "no-store");
  CHECK(json.body() == R"({"ok":true})");

  // Pipelined HEAD then GET, answered in order; HEAD keeps Content-Length but has no body.
  client.write_raw("HEAD /json HTTP/1.1\r\nHost: x\r\n\r\nGET /json HTTP/1.1\r\nHost: x\r\n\r\n");
  std::string received;
  char chunk[1024];
  while (!contains(received, R"({"ok":true})")) {
    received.append(chunk, client.socket().read_some(asio::buffer(chunk)));
  }
  CHECK(contains(received, "Content-Length: 11\r\n"));
  CHECK(received.find("HTTP/1.1 200 OK") == 0);
  CHECK(received.rfind("HTTP/1.1 200 OK") > 0);  // the second response follows the bodiless one
  CHECK(received.find(R"({"ok":true})") == received.size() - 11);
}

TEST_CASE("keep-alive: several requests on one connection, then Connection: close") {
  RunningServer server;
  HttpClient client(server.port());
  for (int i = 0; i < 3; ++i) {
    const auto response = client.request(http::verb::get, "/n?i=" + std::to_string(i));
    CHECK(response.keep_alive());
    CHECK(response.body() == "GET /n [i=" + std::to_string(i) + "] from 127.0.0.1 body=");
  }
  const auto last = client.request(http::verb::get, "/bye", {}, {{"Connection", "close"}});
  CHECK(last.result_int() == 200);
  CHECK_FALSE(last.keep_alive());
  CHECK(client.read_until_closed() == asio::error::eof);
}

TEST_CASE("an oversized body gets 413 JSON and the server keeps serving") {
  RunningServer server(options_with([](ServerOptions& o) { o.body_limit = 1024; }));
  {
    HttpClient client(server.port());
    const auto response = client.request(http::verb::post, "/echo", std::string(100 * 1024, 'x'));
    CHECK(response.result_int() == 413);
    CHECK(response[http::field::content_type] == "application/json");
    CHECK(contains(response.body(), R"("error":"payload_too_large")"));
    CHECK(contains(response.body(), R"("message":"request body exceeds 1024 bytes")"));
    CHECK_FALSE(response.keep_alive());
  }
  {
    HttpClient client(server.port());  // a body exactly at the limit is fine
    const auto response = client.request(http::verb::post, "/echo", std::string(1024, 'y'));
    CHECK(response.result_int() == 200);
  }
  check_serves(server.port());
}

TEST_CASE("an oversized header gets 431") {
  RunningServer server(options_with([](ServerOptions& o) { o.header_limit = 1024; }));
  HttpClient client(server.port());
  const auto response =
      client.request(http::verb::get, "/echo", {}, {{"X-Big", std::string(4096, 'h')}});
  CHECK(response.result_int() == 431);
  CHECK(contains(response.body(), R"("error":"headers_too_large")"));
  CHECK_FALSE(response.keep_alive());
  check_serves(server.port());
}

TEST_CASE("malformed requests get 400 and the server survives") {
  RunningServer server;
  for (const char* garbage : {"NOT HTTP AT ALL\r\n\r\n", "GET /x HTTP/1.1\r\nBad Header\r\n\r\n",
                              "GET /bad%zz HTTP/1.1\r\nHost: x\r\n\r\n"}) {
    CAPTURE(garbage);
    HttpClient client(server.port());
    client.write_raw(garbage);
    const auto response = client.read_response();
    CHECK(response.result_int() == 400);
    CHECK(contains(response.body(), R"("error":"bad_request")"));
    CHECK(response[http::field::connection] == "close");
    CHECK(client.read_until_closed() == asio::error::eof);
  }
  check_serves(server.port());
}

TEST_CASE("half a request then disconnect, and a stalled request (slowloris), are dropped") {
  RunningServer server(
      options_with([](ServerOptions& o) { o.read_timeout = std::chrono::seconds{1}; }));
  {
    HttpClient client(server.port());
    client.write_raw("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");
  }  // disconnects mid-body
  check_serves(server.port());

  HttpClient stalled(server.port());
  stalled.write_raw("GET /echo HTTP/1.1\r\nHo");
  const auto started = std::chrono::steady_clock::now();
  const auto ec = stalled.read_until_closed();  // the server drops it after read_timeout
  CHECK((ec == asio::error::eof || ec == asio::error::connection_reset));
  CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds{900});
  check_serves(server.port());
}

TEST_CASE("Expect: 100-continue is answered before the body is read") {
  RunningServer server;
  HttpClient client(server.port());
  client.write_raw(
      "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
  const auto interim = client.read_response();
  CHECK(interim.result_int() == 100);
  client.write_raw("hello");
  const auto final_response = client.read_response();
  CHECK(final_response.result_int() == 200);
  CHECK(final_response.body() == "POST /echo from 127.0.0.1 body=hello");
}

TEST_CASE("a reply may come later from another thread") {
  RunningServer server;
  HttpClient client(server.port());
  auto pending =
      std::async(std::launch::async, [&] { return client.request(http::verb::get, "/deferred"); });
  auto reply = server.app.wait_for_deferred();
  std::thread([reply] {
    reply(HttpResponse{201, "application/json", R"({"id":"a"})", {}});
  }).join();
  REQUIRE(pending.wait_for(kTestTimeout) == std::future_status::ready);
  const auto response = pending.get();
  CHECK(response.result_int() == 201);
  CHECK(response.body() == R"({"id":"a"})");
  reply(HttpResponse{});                                        // a second call is ignored
  const auto next = client.request(http::verb::get, "/after");  // the connection is still fine
  CHECK(next.result_int() == 200);
}

TEST_CASE("a handler that throws or drops its reply produces a 500") {
  RunningServer server;
  HttpClient client(server.port());
  for (const char* path : {"/throw", "/drop"}) {
    CAPTURE(path);
    const auto response = client.request(http::verb::get, path);
    CHECK(response.result_int() == 500);
    CHECK(contains(response.body(), R"("error":"internal")"));
  }
  check_serves(server.port());
}

TEST_CASE("a reply for a client that has gone is dropped safely") {
  RunningServer server;
  TestApp::Reply reply;
  {
    HttpClient client(server.port());
    client.write_raw("GET /deferred HTTP/1.1\r\nHost: x\r\n\r\n");
    reply = server.app.wait_for_deferred();
  }  // the client disconnects before the answer
  reply(HttpResponse{200, "text/plain", "too late", {}});
  check_serves(server.port());
}

TEST_CASE("a reply's until_sent is let go once the reply is on its way, and when it is dropped") {
  RunningServer server;
  std::weak_ptr<const void> watch;
  {
    HttpClient client(server.port());
    auto pending =
        std::async(std::launch::async, [&] { return client.request(http::verb::get, "/deferred"); });
    auto reply = server.app.wait_for_deferred();
    reply(watched_response("sent", watch));
    REQUIRE(pending.wait_for(kTestTimeout) == std::future_status::ready);
    CHECK(pending.get().body() == "sent");
    CHECK(released(watch));
  }
  TestApp::Reply late;
  {
    HttpClient client(server.port());
    client.write_raw("GET /deferred HTTP/1.1\r\nHost: x\r\n\r\n");
    late = server.app.wait_for_deferred();
  }  // the client disconnects before the answer
  late(watched_response("too late", watch));
  CHECK(released(watch));
  check_serves(server.port());
}

TEST_CASE("stop() lets an owed reply finish within shutdown_grace, then run() returns") {
  RunningServer server;
  HttpClient client(server.port());
  auto pending =
      std::async(std::launch::async, [&] { return client.request(http::verb::get, "/deferred"); });
  auto reply = server.app.wait_for_deferred();
  server.server().stop();
  reply(HttpResponse{200, "text/plain", "finished", {}});
  REQUIRE(pending.wait_for(kTestTimeout) == std::future_status::ready);
  CHECK(pending.get().body() == "finished");
  CHECK(server.stop_and_join());
}

TEST_CASE("on_stop answers what the app keeps waiting (a long poll) before shutdown_grace would end it") {
  std::mutex mutex;
  TestApp::Reply parked;
  RunningServer server(options_with([&](ServerOptions& o) {
    o.shutdown_grace = std::chrono::seconds{600};  // without on_stop the client would wait this long
    o.on_stop = [&] {
      const std::lock_guard lock(mutex);
      parked(HttpResponse{200, "text/plain", "nothing new", {}});
    };
  }));
  HttpClient client(server.port());
  auto pending =
      std::async(std::launch::async, [&] { return client.request(http::verb::get, "/deferred"); });
  auto reply = server.app.wait_for_deferred();
  {
    const std::lock_guard lock(mutex);
    parked = std::move(reply);
  }
  server.server().stop();
  REQUIRE(pending.wait_for(kTestTimeout) == std::future_status::ready);
  CHECK(pending.get().body() == "nothing new");
  CHECK(server.stop_and_join());
}

TEST_CASE("reply callbacks kept past the server's lifetime are harmless") {
  TestApp::Reply late;
  {
    RunningServer server(options_with([](ServerOptions& o) { o.shutdown_grace = {}; }));
    HttpClient client(server.port());
    client.write_raw("GET /deferred HTTP/1.1\r\nHost: x\r\n\r\n");
    late = server.app.wait_for_deferred();
    CHECK(server.stop_and_join());
    CHECK(client.read_until_closed() == asio::error::eof);
  }
  late(HttpResponse{});
  late = nullptr;
}

TEST_CASE("connections beyond max_connections are closed at once") {
  RunningServer server(options_with([](ServerOptions& o) { o.max_connections = 1; }));
  HttpClient first(server.port());
  CHECK(first.request(http::verb::get, "/one").result_int() == 200);
  HttpClient second(server.port());
  const auto ec = second.read_until_closed();
  CHECK((ec == asio::error::eof || ec == asio::error::connection_reset));
  CHECK(first.request(http::verb::get, "/two").result_int() == 200);
}

TEST_CASE("binding fails with a clear message") {
  RunningServer running;
  TestApp app;
  ServerOptions taken = test_options();
  taken.port = running.port();
  CHECK_THROWS_WITH_AS(HttpServer(taken, app), doctest::Contains("cannot bind to 127.0.0.1 port"),
                       std::runtime_error);
  ServerOptions invalid = test_options();
  invalid.address = "not-an-ip";
  CHECK_THROWS_WITH_AS(HttpServer(invalid, app), doctest::Contains("invalid listen address"),
                       std::runtime_error);
}

TEST_CASE("stop() before run() makes run() return; a never-run server destroys cleanly") {
  TestApp app;
  {
    HttpServer idle(test_options(), app);
    CHECK(idle.port() != 0);
  }
  HttpServer server(test_options(), app);
  server.stop();
  auto ran = std::async(std::launch::async, [&] { server.run(); });
  CHECK(ran.wait_for(kTestTimeout) == std::future_status::ready);
}

TEST_CASE("SIGTERM stops a running server") {
  RunningServer server;
  check_serves(server.port());  // run() is active, so its signal set is installed
  std::raise(SIGTERM);
  CHECK(server.wait_for_exit());
}

}  // namespace civiq::net::testing
