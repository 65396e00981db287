// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Edge: the topics of a WebSocket upgrade (GET /api/v1/events?topics=calls,ticket:<token>). The input
// is the query string: decoded by parse_target as the network layer does, its "topics" parameter goes
// through parse_topics, topic_access and ticket_token_of (server/http/subscriptions.cpp) as
// Api::check_upgrade does; the raw input also goes to parse_topics directly. Checks: 1..8 non-empty
// topics without commas; a ticket topic is public and is "ticket:" + its token.
#include <string>

#include "fuzz_check.hpp"
#include "http/subscriptions.hpp"
#include "net/detail/target_parser.hpp"
#include "protocol/event_frame.hpp"

namespace {

using namespace civiq::http;

void check_topics(std::string_view text) {
  const auto topics = parse_topics(text);
  if (!topics) {
    CIVIQ_FUZZ_CHECK(!topics.error().empty());
    return;
  }
  CIVIQ_FUZZ_CHECK(!topics->empty() && topics->size() <= 8);
  for (const auto& topic : *topics) {
    CIVIQ_FUZZ_CHECK(!topic.empty() && topic.find(',') == std::string::npos);
    const auto access = topic_access(topic);
    if (const auto token = ticket_token_of(topic)) {
      CIVIQ_FUZZ_CHECK(!token->empty());
      CIVIQ_FUZZ_CHECK(std::string(civiq::protocol::topic::kTicketPrefix) + *token == topic);
      CIVIQ_FUZZ_CHECK(access == TopicAccess::Public);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto query = civiq::fuzz::as_text(data, size);
  check_topics(query);
  const auto target = civiq::net::detail::parse_target("/api/v1/events?" + std::string(query));
  if (!target) return 0;
  for (const auto& [key, value] : target->query) {
    if (key == "topics") {  // the first one, as query_param takes it
      check_topics(value);
      break;
    }
  }
  return 0;
}
