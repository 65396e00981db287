// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The kernel's receive time of TCP data (SO_TIMESTAMPING, software receive stamps): when a reply
// reached our socket, as opposed to when our thread got a CPU to read it. On loopback the stamp is
// taken while the sender's write enters the receive path, so it shows how long the server took,
// without the load generator's own scheduling (which shares the cores with the server). Linux only.
// Thread rule: none (functions on a file descriptor the caller owns).
#include <chrono>
#include <cstddef>
#include <optional>

namespace civiq::bench {

using WallClock = std::chrono::system_clock;  // the kernel's stamps are CLOCK_REALTIME

// Asks the kernel to stamp every segment `fd` receives; false if it refuses.
[[nodiscard]] bool enable_receive_timestamps(int fd);

// recv() on a connected socket that waits for data (also when the fd is non-blocking); `stamp` gets
// the receive time of the last segment read, if it was stamped. Throws on errors and at end of stream.
std::size_t receive_stamped(int fd, char* data, std::size_t size, std::optional<WallClock::time_point>& stamp);

}  // namespace civiq::bench
