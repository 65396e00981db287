#pragma once
// The WebSocket frame envelope: {"topic": ..., "kind": ..., "data": ...}. Topic names and kinds are
// defined here once. Thread rule: stateless.
#include <string>
#include <string_view>

#include "json_codec.hpp"

namespace civiq::protocol {

namespace topic {
inline constexpr std::string_view kCalls = "calls";
inline constexpr std::string_view kQueue = "queue";
inline constexpr std::string_view kCounters = "counters";
inline constexpr std::string_view kTicketPrefix = "ticket:";
}  // namespace topic

namespace frame_kind {
inline constexpr std::string_view kSnapshot = "snapshot";
inline constexpr std::string_view kUpdate = "update";
inline constexpr std::string_view kCall = "call";
inline constexpr std::string_view kLoad = "load";
}  // namespace frame_kind

// A received frame: envelope read, `data` still JSON (decode it with decode_data<T>() once the topic
// and kind say what it is).
struct Frame {
  std::string topic;
  std::string kind;
  json::value data;
};

// Empty with `error` set when the text is not a frame envelope.
struct ParsedFrame {
  std::optional<Frame> frame;
  std::string error;
};
[[nodiscard]] ParsedFrame parse_frame(std::string_view text);

template <class T>
[[nodiscard]] Decoded<T> decode_data(const Frame& frame) {
  T out{};
  if (auto error = decode_into(frame.data, out, "data")) return {std::nullopt, *error};
  return {std::move(out), {}};
}

template <class T>
std::string make_frame(std::string_view topic_name, std::string_view kind, const T& data) {
  json::object frame;
  frame["topic"] = topic_name;
  frame["kind"] = kind;
  frame["data"] = encode(data);
  return json::serialize(frame);
}

}  // namespace civiq::protocol
