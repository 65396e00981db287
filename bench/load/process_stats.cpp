// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "process_stats.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>

namespace civiq::bench {

std::optional<std::int64_t> resident_kib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (!line.starts_with("VmRSS:")) continue;
    std::istringstream fields(line.substr(6));
    std::int64_t kib = 0;
    if (fields >> kib) return kib;  // "VmRSS:	   12345 kB"
  }
  return std::nullopt;
}

std::uint64_t raise_open_files_limit(std::uint64_t needed) {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 0;
  if (limit.rlim_cur >= needed) return limit.rlim_cur;
  const auto wanted = limit.rlim_max == RLIM_INFINITY ? needed : std::min<rlim_t>(needed, limit.rlim_max);
  rlimit raised = limit;
  raised.rlim_cur = wanted;
  if (setrlimit(RLIMIT_NOFILE, &raised) != 0) return limit.rlim_cur;
  return wanted;
}

}  // namespace civiq::bench
