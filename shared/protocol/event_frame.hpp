// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The WebSocket frame envelope: {"topic": ..., "kind": ..., "seq": ..., "data": ...}. `seq` is the
// office's event sequence when the frame was made (the same number as the Event-Seq header of HTTP
// replies), so a client can tell which of a reply and a frame is newer. Topic names and kinds are
// defined here once. Readers are tolerant: unknown envelope fields and data fields are ignored, and a
// client skips kinds it does not know. Thread rule: stateless.
#include <string>
#include <string_view>

#include "json_codec.hpp"

namespace civiq::protocol {

namespace topic {
inline constexpr std::string_view kCalls = "calls";
inline constexpr std::string_view kQueue = "queue";
inline constexpr std::string_view kCounters = "counters";
inline constexpr std::string_view kAppointments = "appointments";
inline constexpr std::string_view kDevices = "devices";  // v1.4, staff: DeviceHealthList
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
  std::int64_t seq = 0;  // 0 from a server that does not send it
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
  if (auto error = decode_into(frame.data, out, "data", UnknownFields::Ignore)) return {std::nullopt, *error};
  return {std::move(out), {}};
}

// A frame around data that is already JSON text (so a sender can compare data before framing it).
[[nodiscard]] std::string make_frame_around(std::string_view topic_name, std::string_view kind, std::int64_t seq,
                                            std::string_view data_json);

template <class T>
std::string make_frame(std::string_view topic_name, std::string_view kind, std::int64_t seq, const T& data) {
  return make_frame_around(topic_name, kind, seq, to_json(data));
}

}  // namespace civiq::protocol
