// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "log.hpp"

#include <cstdio>
#include <mutex>
#include <string>

namespace civiq::app {

void write_log_line(std::string_view line) {
  static std::mutex mutex;
  std::string text(line);
  text.push_back('\n');
  const std::lock_guard lock(mutex);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

}  // namespace civiq::app
