// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "receive_timestamp.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>

#include <linux/errqueue.h>
#include <linux/net_tstamp.h>
#include <poll.h>
#include <sys/socket.h>

namespace civiq::bench {

bool enable_receive_timestamps(int fd) {
  const int flags = SOF_TIMESTAMPING_RX_SOFTWARE | SOF_TIMESTAMPING_SOFTWARE;
  return ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPING, &flags, sizeof flags) == 0;
}

std::size_t receive_stamped(int fd, char* data, std::size_t size, std::optional<WallClock::time_point>& stamp) {
  for (;;) {
    iovec iov{data, size};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(scm_timestamping)) + 64];
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    const auto n = ::recvmsg(fd, &msg, 0);
    if (n > 0) {
      for (auto* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_TIMESTAMPING) continue;
        scm_timestamping stamps{};
        std::memcpy(&stamps, CMSG_DATA(c), sizeof stamps);
        const auto& software = stamps.ts[0];  // [1] is deprecated, [2] is the hardware stamp
        if (software.tv_sec != 0 || software.tv_nsec != 0)
          stamp = WallClock::time_point(std::chrono::duration_cast<WallClock::duration>(
              std::chrono::seconds(software.tv_sec) + std::chrono::nanoseconds(software.tv_nsec)));
      }
      return static_cast<std::size_t>(n);
    }
    if (n == 0) throw std::runtime_error("the server closed the connection");
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      pollfd ready{fd, POLLIN, 0};
      (void)::poll(&ready, 1, -1);
      continue;
    }
    throw std::system_error(errno, std::generic_category(), "recvmsg");
  }
}

}  // namespace civiq::bench
