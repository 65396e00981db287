// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Edge: a request target alone ("/api/v1/tickets/abc?lang=de"), split and percent-decoded by
// parse_target (target_parser.cpp, Boost.URL). The HTTP harness reaches it only behind Beast's
// parser; here every byte goes straight in. Checks its contract: no NUL in the decoded path, and a
// target that parses parses the same way again.
#include "fuzz_check.hpp"
#include "net/detail/target_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = civiq::fuzz::as_text(data, size);
  const auto parsed = civiq::net::detail::parse_target(text);
  if (!parsed) return 0;
  CIVIQ_FUZZ_CHECK(!text.empty() && text.front() == '/');
  CIVIQ_FUZZ_CHECK(parsed->path.find('\0') == std::string::npos);
  const auto again = civiq::net::detail::parse_target(text);
  CIVIQ_FUZZ_CHECK(again && again->path == parsed->path && again->query == parsed->query);
  return 0;
}
