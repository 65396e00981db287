// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Edge: a stored event as the server reads it back from ticket_events at startup (and, later,
// central sync): its type, actor and JSON payload, decoded by protocol::decode_event
// (event_codec.cpp). Input: "type\nactor\npayload" (the seeds are real events in that form). An
// event that decodes must encode to a payload that decodes to the same event again, or a replay
// after a restart would differ from what was stored.
#include <chrono>
#include <string>

#include "fuzz_check.hpp"
#include "protocol/event_codec.hpp"

namespace {

// Splits off the text up to the next '\n' (all of it when there is none).
std::string take_line(std::string_view& rest) {
  const auto end = rest.find('\n');
  std::string line(rest.substr(0, end));
  rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace civiq::protocol;
  std::string_view rest = civiq::fuzz::as_text(data, size);
  const std::string type = take_line(rest);
  const std::string actor = take_line(rest);
  const std::string payload(rest);
  const civiq::domain::TimePoint at{std::chrono::seconds{1'795'000'000}};
  const auto decoded = decode_event(type, actor, payload, at);
  if (!decoded.event) {
    CIVIQ_FUZZ_CHECK(!decoded.error.empty());
    return 0;
  }
  const EncodedEvent encoded = encode_event(*decoded.event);
  CIVIQ_FUZZ_CHECK(encoded.type == type);
  // Personal data (a transfer note) is stored beside the payload and comes back with it.
  const auto again = decode_event(encoded.type, encoded.actor, encoded.payload, at, encoded.personal);
  CIVIQ_FUZZ_CHECK(again.event.has_value());
  const EncodedEvent twice = encode_event(*again.event);
  CIVIQ_FUZZ_CHECK(twice.payload == encoded.payload);
  CIVIQ_FUZZ_CHECK(twice.personal == encoded.personal);
  CIVIQ_FUZZ_CHECK(twice.actor == encoded.actor);
  return 0;
}
