// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "json_codec.hpp"

#include <doctest/doctest.h>

#include "messages.hpp"

namespace civiq::protocol {
namespace {

const TimePoint kNoon{std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + std::chrono::hours{12}};

template <class T>
T round_trip(const T& value) {
  const auto decoded = from_json<T>(to_json(value));
  REQUIRE_MESSAGE(decoded, decoded.error);
  return *decoded.value;
}

}  // namespace

TEST_CASE("times are ISO 8601 UTC and parse back, offsets included") {
  CHECK(format_time(kNoon) == "2026-11-23T12:00:00Z");
  CHECK(parse_time("2026-11-23T12:00:00Z") == kNoon);
  CHECK(parse_time("2026-11-23T13:00:00+01:00") == kNoon);
  CHECK(parse_time("2026-11-23T11:30-00:30") == kNoon);
  CHECK(parse_time("2026-11-23T12:00Z") == kNoon);
  for (const char* bad : {"", "2026-11-23", "2026-11-23T12:00:00", "2026-13-01T00:00Z", "2026-02-30T00:00Z",
                          "2026-11-23T25:00Z", "2026-11-23T12:00:00Zjunk", "2026-11-23 12:00Z",
                          // signs where digits belong, and times whose UTC year has no four digits
                          // (found by tests/fuzz/request_json: they could be accepted but not read back)
                          "2026-11-23T-1:00Z", "2026-11-23T12:-5Z", "-999-11-23T12:00Z", "2026-11-23T12:00+-1:00",
                          "9999-12-31T23:30-01:00", "0000-01-01T00:30+01:00"})
    CHECK_MESSAGE(!parse_time(bad), bad);
  CHECK(format_time(*parse_time("9999-12-31T23:59:59Z")) == "9999-12-31T23:59:59Z");
  CHECK(format_time(*parse_time("0000-01-01T01:00+01:00")) == "0000-01-01T00:00:00Z");
}

TEST_CASE("every message round-trips through JSON") {
  CHECK(round_trip(ErrorBody{"counter_closed", "Schalter 3 ist geschlossen", std::nullopt}).error == "counter_closed");
  CHECK(round_trip(ErrorBody{"check_in_too_early", "check-in opens 60 minutes before", kNoon}).at == kNoon);
  const auto request = round_trip(IssueTicketRequest{ServiceId{2}, "pl", true, std::vector{ServiceId{3}}});
  CHECK(request.service_id == ServiceId{2});
  CHECK(request.language == "pl");
  CHECK(request.additional_service_ids->at(0) == ServiceId{3});

  TicketView view{"A042", ServiceId{1}, "Kfz-Zulassung", "called", std::nullopt, std::nullopt, std::nullopt, 312,
                  CounterId{3}, "Schalter 3", std::nullopt, "de", "Bürgerbüro Löbau", kNoon, false, std::nullopt,
                  std::nullopt, std::nullopt, std::nullopt, 20.0};
  const auto back = round_trip(view);
  CHECK(back.counter == "Schalter 3");
  CHECK(back.updated_at == kNoon);
  CHECK(back.office == "Bürgerbüro Löbau");

  CounterView counter{CounterId{3}, "Schalter 3", {ServiceId{1}}, true, "anna",
                      QueueEntry{TicketId{7}, "A007", ServiceId{1}, "serving", std::nullopt, std::nullopt, 60,
                                 false, true, "LB-1", CounterId{3}, "Ausweis liegt vor",
                                 std::vector<ServiceId>{ServiceId{1}, ServiceId{2}}, 0, 2},
                      std::nullopt, kNoon, "anna", kNoon, "lunch"};
  const auto decoded = round_trip(CounterList{{counter}}).counters.at(0);
  CHECK(decoded.current->appointment_code == "LB-1");
  CHECK(decoded.alarm_since == kNoon);
  CHECK(decoded.alarm_raised_by == "anna");
  CHECK(decoded.break_reason == "lunch");

  AppointmentImport import{{AppointmentInput{"LB-1", kNoon, {ServiceId{1}}, "Erika", std::nullopt}}};
  CHECK(round_trip(import).appointments.at(0).time == kNoon);
  CHECK(round_trip(CallsSnapshot{{CallNotice{"A1", CounterId{1}, "Schalter 1", kNoon, true, ServiceId{1}}},
                                 {ServiceLoad{ServiceId{1}, 4, 1260, 900, 1800, true}}})
            .services.at(0)
            .wait_high_s == 1800);
}

TEST_CASE("a whole number in a double is written as an integer, others as they are") {
  CHECK(to_json(Health{"ok", "Löbau", "loebau", "2026-12-06", "1", kNoon, 20.0}).find(R"("time_speed":20})") !=
        std::string::npos);
  CHECK(from_json<Health>(to_json(Health{"ok", "Löbau", "loebau", "2026-12-06", "1", kNoon, 1.5})).value->time_speed == 1.5);
  CHECK(from_json<Health>(to_json(Health{"ok", "Löbau", "loebau", "2026-12-06", "1", kNoon, 20.0})).value->time_speed == 20.0);
}

TEST_CASE("optional fields may be absent or null, required ones may not") {
  CHECK(from_json<IssueTicketRequest>(R"({"service_id": 1})"));
  CHECK(from_json<IssueTicketRequest>(R"({"service_id": 1, "language": null})"));
  CHECK(from_json<IssueTicketRequest>(R"({})").error == "service_id: is required");
}

TEST_CASE("a client's request leaves out what it does not set, so an older server still takes it") {
  // A v1.6 server knows no transfer note and refuses fields it does not know, null ones too.
  CHECK(to_request_json(TransferRequest{ServiceId{2}, std::nullopt, std::nullopt}) == R"({"service_id":2})");
  CHECK(to_request_json(TransferRequest{ServiceId{2}, std::nullopt, "Ausweis liegt vor"}) ==
        R"({"service_id":2,"note":"Ausweis liegt vor"})");
  CHECK(to_request_json(FinishRequest{}) == "{}");
  // At any depth, and arrays keep their items.
  json::value nested = json::parse(R"({"a":[{"b":null,"c":1},null],"d":{"e":null}})");
  drop_null_members(nested);
  CHECK(json::serialize(nested) == R"({"a":[{"c":1},null],"d":{}})");
}

TEST_CASE("decode errors name the field and never throw") {
  struct Case {
    const char* json;
    const char* error;
  };
  const Case cases[] = {
      {R"({"service_id": "1"})", "service_id: expected an integer"},
      {R"({"service_id": 1.5})", "service_id: expected an integer"},
      {R"({"service_id": 99999999999})", "service_id: number out of range"},
      {R"({"service_id": 1, "priority": "yes"})", "priority: expected true or false"},
      {R"({"service_id": 1, "colour": "red"})", "colour: unknown field"},
      {R"({"service_id": 1, "additional_service_ids": [2, "x"]})", "additional_service_ids[1]: expected an integer"},
      {R"([1, 2])", "body: expected an object"},
  };
  for (const auto& c : cases) CHECK(from_json<IssueTicketRequest>(c.json).error == c.error);
  CHECK(from_json<IssueTicketRequest>("{\"service_id\": ").error.starts_with("malformed JSON"));
  CHECK(from_json<AppointmentImport>(R"({"appointments": [{"code": "x", "time": "soon", "service_ids": []}]})")
            .error == "appointments[0].time: expected a time like 2026-11-23T08:15:00Z");
}

TEST_CASE("deeply nested input is rejected, not recursed into") {
  std::string deep(10'000, '[');
  CHECK(from_json<IssueTicketRequest>(deep).error.starts_with("malformed JSON"));
}

}  // namespace civiq::protocol
