// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The benchmarks of civiq-load. Each runs once and returns its result as one JSON object
// (printed on stdout by main); bench/run repeats them and takes medians. Progress goes to stderr.
// Thread rule: each run_* owns everything it starts and joins it before returning.
#include <string>
#include <vector>
#include <sys/types.h>

#include "json_writer.hpp"

namespace civiq::bench {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 0;
  std::string kiosk_token;
  unsigned threads = 1;  // io threads of the generator
};

struct IssueOptions {
  int clients = 8;
  int requests = 2000;
  int warmup = 20;   // issued first, one at a time, not measured
  int services = 2;  // tickets are drawn round-robin over services 1..services
  // Upper ends of queue-length bands: latency is also reported per band of tickets already issued
  // before a request (warmup included), which with one client is the queue it joins. Empty: none.
  std::vector<int> bands;
};

struct StatusOptions {
  int clients = 8;
  double seconds = 10;
  double warmup_seconds = 1;
  int tickets = 200;  // drawn first; the GETs cycle through their tokens
  int services = 2;
};

struct FanoutOptions {
  int subscribers = 1000;
  int calls = 50;
  int counter = 1;
  int service = 1;        // a service the counter serves; the calls' tickets are drawn for it
  std::string clerk;      // user who opens the counter
  std::string password;   // read from the environment by main, never from the command line
  pid_t server_pid = 0;   // for the memory per subscriber; 0 = not measured
  int connect_parallel = 200;
  double call_timeout_s = 30;
  double settle_ms = 30;  // quiet time on all sockets before the next call
};

// A clerk's counter cycle while citizens' phones follow their tickets (clerk_bench.cpp).
struct ClerkOptions {
  std::vector<int> phones = {0, 300};  // one phase per entry, in this order and back, on the same server
  int iterations = 200;  // measured call-next → start → finish cycles per phase, over its two legs
  int warmup = 20;       // cycles first, not measured
  int counter = 1;       // must serve service 1: every ticket is drawn for it
  std::string clerk;     // user who opens the counter
  std::string password;  // read from the environment by main, never from the command line
  int connect_parallel = 200;
  double settle_ms = 30;  // quiet time on all sockets, and since the last request, before each action
};

// The physical limit of fan-out: bare loopback TCP, same connections, frame size and thread counts.
struct TcpFanoutOptions {
  int connections = 1000;
  int rounds = 50;
  int writers = 2;         // as the server's io threads
  int readers = 1;         // as the generator's io threads
  int frame_bytes = 160;   // about a "call" frame: header and JSON
  double settle_ms = 30;   // pause between rounds, as between calls
};

struct BaselineOptions {
  std::string dir;  // the database goes here: the same disk as the server's database
  int writers = 1;
  int inserts = 2000;
  int warmup = 20;
  bool keep = false;  // keep the database file afterwards
};

[[nodiscard]] JsonObject run_issue(const ServerOptions& server, const IssueOptions& options);
[[nodiscard]] JsonObject run_status(const ServerOptions& server, const StatusOptions& options);
[[nodiscard]] JsonObject run_fanout(const ServerOptions& server, const FanoutOptions& options);
[[nodiscard]] JsonObject run_clerk_with_phones(const ServerOptions& server, const ClerkOptions& options);
[[nodiscard]] JsonObject run_sqlite_baseline(const BaselineOptions& options);
[[nodiscard]] JsonObject run_tcp_fanout_limit(const TcpFanoutOptions& options);

}  // namespace civiq::bench
