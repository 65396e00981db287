// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// One line per record on stdout (journald adds time and host). Never personal data: requests are
// logged by route pattern, so ticket tokens and codes in paths never reach the log.
#include <fmt/core.h>

#include <string_view>

namespace civiq::app {

void write_log_line(std::string_view line);

template <class... Args>
void log(fmt::format_string<Args...> format, Args&&... args) {
  write_log_line(fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace civiq::app
