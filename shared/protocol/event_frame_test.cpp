// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "event_frame.hpp"

#include <doctest/doctest.h>

#include "messages.hpp"

namespace civiq::protocol {

TEST_CASE("a frame made by the server parses back into its topic, kind and typed data") {
  const CallNotice call{"A042", CounterId{3}, "Schalter 3", parse_time("2026-11-23T08:15:00Z").value(), true,
                        ServiceId{1}};
  const auto parsed = parse_frame(make_frame(topic::kCalls, frame_kind::kCall, 1234, call));
  REQUIRE(parsed.frame);
  CHECK(parsed.frame->topic == "calls");
  CHECK(parsed.frame->kind == "call");
  CHECK(parsed.frame->seq == 1234);
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

TEST_CASE("a client reads frames of a newer server: extra envelope and data fields are ignored") {
  // A kiosk on a wall must survive a server upgrade that adds fields.
  const auto parsed = parse_frame(
      R"({"topic":"calls","kind":"call","seq":7,"priority":"high","data":{"number":"A042","counter_id":3,)"
      R"("counter":"Schalter 3","at":"2026-11-23T08:15:00Z","recall":false,"service_id":1,"floor":"EG"}})");
  REQUIRE(parsed.frame);
  CHECK(parsed.frame->seq == 7);
  const auto decoded = decode_data<CallNotice>(*parsed.frame);
  REQUIRE(decoded);
  CHECK(decoded.value->number == "A042");
}

TEST_CASE("a frame from a server without seq reads as seq 0") {
  const auto parsed = parse_frame(R"({"topic":"queue","kind":"update","data":{}})");
  REQUIRE(parsed.frame);
  CHECK(parsed.frame->seq == 0);
}

TEST_CASE("servers read strictly, clients tolerantly") {
  const std::string reply = R"({"number":"A042","counter_id":3,"counter":"Schalter 3","at":"2026-11-23T08:15:00Z",)"
                            R"("recall":false,"service_id":1,"new_field":[1,2]})";
  CHECK_FALSE(from_json<CallNotice>(reply));
  CHECK(from_json<CallNotice>(reply).error == "new_field: unknown field");
  const auto tolerant = read_reply<CallNotice>(reply);
  REQUIRE(tolerant);
  CHECK(tolerant.value->counter == "Schalter 3");
}

}  // namespace civiq::protocol
