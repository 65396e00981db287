// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Facts about processes the benchmarks report: a server's resident memory, and our own limit on
// open files (10,000 WebSocket subscribers need more than the usual 1,024).
#include <cstdint>
#include <optional>
#include <sys/types.h>

namespace civiq::bench {

// VmRSS of `pid` in KiB from /proc/PID/status, or nothing if it cannot be read.
[[nodiscard]] std::optional<std::int64_t> resident_kib(pid_t pid);

// Raises the soft RLIMIT_NOFILE to at least `needed` (capped by the hard limit); returns the limit now.
std::uint64_t raise_open_files_limit(std::uint64_t needed);

}  // namespace civiq::bench
