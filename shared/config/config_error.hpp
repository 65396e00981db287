// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A configuration that cannot be used, with a message an IT admin can act on ("file:line: key: why").
#include <stdexcept>

namespace civiq::config {

struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace civiq::config
