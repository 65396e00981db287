// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-load: the load generator behind bench/run. One subcommand per benchmark; each prints one
// JSON object on stdout (progress on stderr). See docs/performance.md, "Server benchmarks".
//   civiq-load issue           --port P [--clients N] [--requests M]
//   civiq-load status          --port P [--clients N] [--seconds S] [--tickets T]
//   civiq-load fanout          --port P --subscribers N --calls K --clerk USER [--server-pid PID]
//   civiq-load clerk-with-phones --port P --clerk USER [--phones 0,300] [--iterations K]
//   civiq-load sqlite-baseline --dir DIR [--writers N] [--inserts M]
//   civiq-load tcp-fanout      --connections N [--rounds K] [--writers W] [--readers R]
// Secrets come from the environment, not the command line: CIVIQ_BENCH_KIOSK_TOKEN (a kiosk device
// token) and CIVIQ_BENCH_CLERK_PASSWORD (the clerk's password for fanout and clerk-with-phones).
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include "benches.hpp"

namespace {

std::string from_env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

void add_server_options(CLI::App& command, civiq::bench::ServerOptions& server) {
  command.add_option("--host", server.address, "server address")->capture_default_str();
  command.add_option("--port", server.port, "server port")->required();
  command.add_option("--threads", server.threads, "io threads of the generator")->capture_default_str();
}

void require(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(what);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace civiq::bench;
  CLI::App cli{"civiq-load: benchmarks of a running civiq-server (see docs/performance.md)"};
  cli.require_subcommand(1);

  ServerOptions server;
  server.kiosk_token = from_env("CIVIQ_BENCH_KIOSK_TOKEN");

  IssueOptions issue;
  auto* issue_cmd = cli.add_subcommand("issue", "N kiosks draw tickets in a closed loop (POST /api/v1/tickets)");
  add_server_options(*issue_cmd, server);
  issue_cmd->add_option("--clients", issue.clients)->capture_default_str()->check(CLI::PositiveNumber);
  issue_cmd->add_option("--requests", issue.requests)->capture_default_str()->check(CLI::PositiveNumber);
  issue_cmd->add_option("--warmup", issue.warmup, "tickets drawn first, not measured")->capture_default_str();
  issue_cmd->add_option("--services", issue.services, "spread tickets over services 1..N")->capture_default_str();
  issue_cmd->add_option("--bands", issue.bands, "also report latency per band of queue length, e.g. 250,500,1000")
      ->delimiter(',');

  StatusOptions status;
  auto* status_cmd = cli.add_subcommand("status", "N phones poll live tickets (GET /api/v1/tickets/{token})");
  add_server_options(*status_cmd, server);
  status_cmd->add_option("--clients", status.clients)->capture_default_str()->check(CLI::PositiveNumber);
  status_cmd->add_option("--seconds", status.seconds)->capture_default_str()->check(CLI::PositiveNumber);
  status_cmd->add_option("--warmup-seconds", status.warmup_seconds)->capture_default_str();
  status_cmd->add_option("--tickets", status.tickets, "tickets drawn first")->capture_default_str()->check(CLI::PositiveNumber);
  status_cmd->add_option("--services", status.services)->capture_default_str();

  FanoutOptions fanout;
  fanout.password = from_env("CIVIQ_BENCH_CLERK_PASSWORD");
  auto* fanout_cmd = cli.add_subcommand("fanout", "time from call-next to the last of N WebSocket subscribers");
  add_server_options(*fanout_cmd, server);
  fanout_cmd->add_option("--subscribers", fanout.subscribers)->capture_default_str()->check(CLI::PositiveNumber);
  fanout_cmd->add_option("--calls", fanout.calls)->capture_default_str()->check(CLI::PositiveNumber);
  fanout_cmd->add_option("--clerk", fanout.clerk, "clerk user (password in CIVIQ_BENCH_CLERK_PASSWORD)")->required();
  fanout_cmd->add_option("--counter", fanout.counter)->capture_default_str();
  fanout_cmd->add_option("--service", fanout.service, "a service the counter serves")->capture_default_str();
  fanout_cmd->add_option("--server-pid", fanout.server_pid, "server process, for memory per subscriber");
  fanout_cmd->add_option("--connect-parallel", fanout.connect_parallel)->capture_default_str();
  fanout_cmd->add_option("--call-timeout", fanout.call_timeout_s, "seconds")->capture_default_str();
  fanout_cmd->add_option("--settle-ms", fanout.settle_ms, "quiet time between calls")->capture_default_str();

  ClerkOptions clerk;
  clerk.password = fanout.password;
  auto* clerk_cmd = cli.add_subcommand("clerk-with-phones", "call-next reply latency with and without P phones following their tickets");
  add_server_options(*clerk_cmd, server);
  clerk_cmd->add_option("--phones", clerk.phones, "phones per phase, e.g. 0,300")->delimiter(',')->check(CLI::NonNegativeNumber)->capture_default_str();
  clerk_cmd->add_option("--iterations", clerk.iterations, "measured cycles per phase")->capture_default_str()->check(CLI::PositiveNumber);
  clerk_cmd->add_option("--warmup", clerk.warmup, "cycles first, not measured")->capture_default_str();
  clerk_cmd->add_option("--clerk", clerk.clerk, "clerk user (password in CIVIQ_BENCH_CLERK_PASSWORD)")->required();
  clerk_cmd->add_option("--counter", clerk.counter, "a counter that serves service 1")->capture_default_str();
  clerk_cmd->add_option("--connect-parallel", clerk.connect_parallel)->capture_default_str();
  clerk_cmd->add_option("--settle-ms", clerk.settle_ms, "quiet time before each action")->capture_default_str();

  BaselineOptions baseline;
  auto* baseline_cmd = cli.add_subcommand("sqlite-baseline", "bare SQLite insert loop (WAL, synchronous=FULL)");
  baseline_cmd->add_option("--dir", baseline.dir, "directory for the database (same disk as the server's)")->required();
  baseline_cmd->add_option("--writers", baseline.writers)->capture_default_str()->check(CLI::PositiveNumber);
  baseline_cmd->add_option("--inserts", baseline.inserts)->capture_default_str()->check(CLI::PositiveNumber);
  baseline_cmd->add_option("--warmup", baseline.warmup)->capture_default_str();
  baseline_cmd->add_flag("--keep", baseline.keep, "keep the database file");

  TcpFanoutOptions tcp;
  auto* tcp_cmd = cli.add_subcommand("tcp-fanout", "the physical limit of fanout: one frame to N bare loopback TCP connections");
  tcp_cmd->add_option("--connections", tcp.connections)->capture_default_str()->check(CLI::PositiveNumber);
  tcp_cmd->add_option("--rounds", tcp.rounds)->capture_default_str()->check(CLI::PositiveNumber);
  tcp_cmd->add_option("--writers", tcp.writers, "writing threads (the server's io threads)")->capture_default_str()->check(CLI::PositiveNumber);
  tcp_cmd->add_option("--readers", tcp.readers, "reading threads (the generator's)")->capture_default_str()->check(CLI::PositiveNumber);
  tcp_cmd->add_option("--frame-bytes", tcp.frame_bytes)->capture_default_str()->check(CLI::PositiveNumber);
  tcp_cmd->add_option("--settle-ms", tcp.settle_ms, "pause between rounds")->capture_default_str();

  CLI11_PARSE(cli, argc, argv);
  try {
    JsonObject result;
    if (*issue_cmd) {
      require(!server.kiosk_token.empty(), "set CIVIQ_BENCH_KIOSK_TOKEN to a kiosk device token");
      result = run_issue(server, issue);
    } else if (*status_cmd) {
      require(!server.kiosk_token.empty(), "set CIVIQ_BENCH_KIOSK_TOKEN to a kiosk device token");
      result = run_status(server, status);
    } else if (*fanout_cmd) {
      require(!server.kiosk_token.empty(), "set CIVIQ_BENCH_KIOSK_TOKEN to a kiosk device token");
      require(!fanout.password.empty(), "set CIVIQ_BENCH_CLERK_PASSWORD to the clerk's password");
      result = run_fanout(server, fanout);
    } else if (*clerk_cmd) {
      require(!server.kiosk_token.empty(), "set CIVIQ_BENCH_KIOSK_TOKEN to a kiosk device token");
      require(!clerk.password.empty(), "set CIVIQ_BENCH_CLERK_PASSWORD to the clerk's password");
      result = run_clerk_with_phones(server, clerk);
    } else if (*tcp_cmd) {
      result = run_tcp_fanout_limit(tcp);
    } else {
      result = run_sqlite_baseline(baseline);
    }
    std::cout << result.str() << std::endl;
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "civiq-load: " << e.what() << '\n';
    return 1;
  }
}
