// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. Splits an HTTP request target (origin-form) into decoded path and query.
// Thread rule: pure functions.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace civiq::net::detail {

struct ParsedTarget {
  std::string path;                                        // percent-decoded, no NUL bytes
  std::vector<std::pair<std::string, std::string>> query;  // decoded, '+' is a space, in order
};

// nullopt if `target` is not a valid origin-form target ("/path?query"): absolute-form,
// "*", bad percent-encoding, or a decoded path containing NUL. The caller answers 400.
[[nodiscard]] std::optional<ParsedTarget> parse_target(std::string_view target);

}  // namespace civiq::net::detail
