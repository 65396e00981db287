// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "event_frame.hpp"

namespace civiq::protocol {

std::string make_frame_around(std::string_view topic_name, std::string_view kind, std::int64_t seq,
                              std::string_view data_json) {
  std::string frame = R"({"topic":)" + json::serialize(json::string(topic_name)) + R"(,"kind":)" +
                      json::serialize(json::string(kind)) + R"(,"seq":)" + std::to_string(seq) + R"(,"data":)";
  frame.append(data_json);
  frame.push_back('}');
  return frame;
}

ParsedFrame parse_frame(std::string_view text) {
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 32;
  json::value parsed = json::parse(text, ec, {}, options);
  if (ec) return {std::nullopt, "malformed JSON: " + ec.message()};
  auto* object = parsed.if_object();
  if (!object) return {std::nullopt, "a frame is an object"};
  const auto* topic_name = object->if_contains("topic");
  const auto* kind = object->if_contains("kind");
  const auto* data = object->if_contains("data");
  if (!topic_name || !topic_name->is_string() || !kind || !kind->is_string() || !data)
    return {std::nullopt, "a frame has a string topic, a string kind and data"};
  std::int64_t seq = 0;
  if (const auto* number = object->if_contains("seq"); number && number->is_int64()) seq = number->get_int64();
  return {Frame{std::string(topic_name->get_string()), std::string(kind->get_string()), seq, *data}, {}};
}

}  // namespace civiq::protocol
