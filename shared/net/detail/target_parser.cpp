// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/target_parser.hpp"

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

namespace civiq::net::detail {

std::optional<ParsedTarget> parse_target(std::string_view target) {
  const auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) {
    return std::nullopt;
  }
  const boost::urls::url_view& url = *parsed;
  ParsedTarget result;
  result.path = url.path();
  // An embedded NUL would truncate the path in C APIs and confuse routing: refuse it.
  if (result.path.find('\0') != std::string::npos) {
    return std::nullopt;
  }
  for (auto param : url.params()) {  // default options decode '+' as a space
    if (param.key.empty() && !param.has_value) {
      continue;  // empty segment, as in "?" or "a=1&&b=2" (URLSearchParams skips these too)
    }
    result.query.emplace_back(std::move(param.key), std::move(param.value));
  }
  return result;
}

}  // namespace civiq::net::detail
