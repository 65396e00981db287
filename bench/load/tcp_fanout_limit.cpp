// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-load tcp-fanout: the physical limit of the fan-out benchmark on this machine. The same number
// of loopback TCP connections and a frame of the call frame's size, with no WebSocket, no JSON and
// no server logic: `writers` threads write one frame to every connection (the server's io threads,
// with nothing else to do) and `readers` threads in a second process read them with epoll (the
// generator, with nothing else to do). A round runs from the moment the writers are released to the
// last complete read, as a call's fan-out runs from call-next to its last arrival.
//
// Two processes because server and generator are two, and because one process would need twice the
// open-file limit. Both take their times from CLOCK_MONOTONIC (std::chrono::steady_clock), which is
// the same clock in every process. The reader reports each round's median and last arrival over a
// pipe; the writer starts the next round only after that report.
// Thread rule: each side's threads share only atomics and their own sockets.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "benches.hpp"
#include "latency.hpp"

namespace civiq::bench {
namespace {

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error(what + ": " + std::strerror(errno)); }

std::int64_t now_ns() { return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count(); }

void write_all(int fd, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("pipe write");
    bytes += n;
    size -= static_cast<std::size_t>(n);
  }
}

void read_all(int fd, void* data, std::size_t size) {
  auto* bytes = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t n = ::read(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error("tcp-fanout: the reader process ended early");
    bytes += n;
    size -= static_cast<std::size_t>(n);
  }
}

struct RoundReport {
  std::int64_t median_ns;
  std::int64_t last_ns;
};

// The reading side (child process): connects, reports ready, then reads rounds until all are done.
[[noreturn]] void run_readers(const TcpFanoutOptions& options, unsigned short port, int report_fd) {
  try {
    const auto n = static_cast<std::size_t>(options.connections);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<int> sockets(n);
    for (auto& fd : sockets) {
      fd = ::socket(AF_INET, SOCK_STREAM, 0);
      if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) fail("connect");
      ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    const auto readers = static_cast<std::size_t>(options.readers);
    std::vector<int> polls(readers);
    for (std::size_t r = 0; r < readers; ++r) polls[r] = ::epoll_create1(0);
    for (std::size_t i = 0; i < n; ++i) {
      epoll_event event{};
      event.events = EPOLLIN;
      event.data.u64 = i;
      if (::epoll_ctl(polls[i % readers], EPOLL_CTL_ADD, sockets[i], &event) != 0) fail("epoll_ctl");
    }
    std::vector<std::int64_t> received(n, 0), arrival(n, 0);
    std::atomic<std::size_t> remaining{n};
    std::atomic<int> round{0};
    const auto frame = static_cast<std::int64_t>(options.frame_bytes);
    write_all(report_fd, "R", 1);

    auto read_loop = [&](int poll) {
      std::vector<epoll_event> events(256);
      char buffer[65536];
      while (round.load() < options.rounds) {
        const int ready = ::epoll_wait(poll, events.data(), static_cast<int>(events.size()), 100);
        for (int e = 0; e < ready; ++e) {
          const auto i = static_cast<std::size_t>(events[static_cast<std::size_t>(e)].data.u64);
          ssize_t got = 0;
          while ((got = ::recv(sockets[i], buffer, sizeof buffer, 0)) > 0) received[i] += got;
          if (received[i] < frame * (round.load() + 1) || arrival[i] != 0) continue;
          arrival[i] = now_ns();
          if (remaining.fetch_sub(1) != 1) continue;
          // The last socket of this round: report, then open the next round.
          std::vector<std::int64_t> times(arrival);
          std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(n / 2), times.end());
          const RoundReport report{times[n / 2], *std::max_element(arrival.begin(), arrival.end())};
          std::fill(arrival.begin(), arrival.end(), 0);
          remaining.store(n);
          round.fetch_add(1);
          write_all(report_fd, &report, sizeof report);
        }
      }
    };
    std::vector<std::thread> threads;
    for (std::size_t r = 0; r < readers; ++r) threads.emplace_back(read_loop, polls[r]);
    for (auto& thread : threads) thread.join();
    ::_exit(0);
  } catch (const std::exception& e) {
    std::cerr << "civiq-load tcp-fanout (reader): " << e.what() << '\n';
    ::_exit(1);
  }
}

}  // namespace

JsonObject run_tcp_fanout_limit(const TcpFanoutOptions& options) {
  const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener, SOMAXCONN) != 0 || ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
    fail("listen");
  int report[2];
  if (::pipe(report) != 0) fail("pipe");
  const pid_t child = ::fork();
  if (child < 0) fail("fork");
  if (child == 0) {
    ::close(report[0]);
    ::close(listener);
    run_readers(options, ntohs(address.sin_port), report[1]);
  }
  ::close(report[1]);

  std::vector<int> sockets;
  for (int i = 0; i < options.connections; ++i) {
    const int fd = ::accept(listener, nullptr, nullptr);
    if (fd < 0) fail("accept");
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);  // as Beast's sockets: every frame goes out at once
    sockets.push_back(fd);
  }
  char ready = 0;
  read_all(report[0], &ready, 1);

  const std::string frame(static_cast<std::size_t>(options.frame_bytes), 'x');
  std::atomic<int> released{0};  // round + 1 once the writers may write it
  std::atomic<int> done{0};
  auto write_share = [&](int writer) {
    for (int r = 1; r <= options.rounds; ++r) {
      released.wait(r - 1);
      for (std::size_t i = static_cast<std::size_t>(writer); i < sockets.size(); i += static_cast<std::size_t>(options.writers))
        if (::send(sockets[i], frame.data(), frame.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(frame.size())) fail("send");
    }
    done.fetch_add(1);
  };
  std::vector<std::thread> writers;
  for (int w = 0; w < options.writers; ++w) writers.emplace_back(write_share, w);

  LatencyRecorder last, median;
  for (int r = 1; r <= options.rounds; ++r) {
    std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(options.settle_ms));  // as between calls
    const std::int64_t start = now_ns();
    released.store(r);
    released.notify_all();
    RoundReport round{};
    read_all(report[0], &round, sizeof round);
    last.add_ms(static_cast<double>(round.last_ns - start) / 1e6);
    median.add_ms(static_cast<double>(round.median_ns - start) / 1e6);
  }
  for (auto& writer : writers) writer.join();
  int status = 0;
  ::waitpid(child, &status, 0);
  for (const int fd : sockets) ::close(fd);
  ::close(listener);
  ::close(report[0]);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("tcp-fanout: the reader process failed");

  JsonObject result;
  result.add("bench", "tcp-fanout").add("connections", options.connections).add("rounds", options.rounds);
  result.add("writers", options.writers).add("readers", options.readers).add("frame_bytes", options.frame_bytes);
  result.add("last_arrival_ms", last.summary()).add("median_arrival_ms", median.summary());
  std::cerr << "tcp-fanout: " << options.rounds << " rounds to " << options.connections << " connections\n";
  return result;
}

}  // namespace civiq::bench
