#include "event_frame.hpp"

#include <doctest/doctest.h>

#include "messages.hpp"

namespace civiq::protocol {

TEST_CASE("a frame made by the server parses back into its topic, kind and typed data") {
  const CallNotice call{"A042", CounterId{3}, "Schalter 3", parse_time("2026-11-23T08:15:00Z").value(), true,
                        ServiceId{1}};
  const auto parsed = parse_frame(make_frame(topic::kCalls, frame_kind::kCall, call));
  REQUIRE(parsed.frame);
  CHECK(parsed.frame->topic == "calls");
  CHECK(parsed.frame->kind == "call");
  const auto decoded = decode_data<CallNotice>(*parsed.frame);
  REQUIRE(decoded);
  CHECK(decoded.value->number == "A042");
  CHECK(decoded.value->counter_id == CounterId{3});
  CHECK(decoded.value->service_id == ServiceId{1});
  CHECK(decoded.value->recall);
}

TEST_CASE("frames that are not envelopes are refused with a reason") {
  const char* bad[] = {
      "", "[]", "{\"topic\":\"calls\"}", "{\"topic\":1,\"kind\":\"call\",\"data\":{}}",
      "{\"topic\":\"calls\",\"kind\":\"call\"}", "{\"topic\":\"calls\",\"kind\":\"call\",\"data\":",
  };
  for (const char* text : bad) {
    CAPTURE(text);
    const auto parsed = parse_frame(text);
    CHECK_FALSE(parsed.frame);
    CHECK_FALSE(parsed.error.empty());
  }
}

TEST_CASE("data of the wrong shape names the field") {
  const auto parsed = parse_frame(R"({"topic":"calls","kind":"call","data":{"number":42}})");
  REQUIRE(parsed.frame);
  const auto decoded = decode_data<CallNotice>(*parsed.frame);
  CHECK_FALSE(decoded);
  CHECK(decoded.error == "data.number: expected a string");
}

}  // namespace civiq::protocol
