// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The JSON Schema mapping (json_schema.hpp) and the OpenAPI documents built on it: the branch's and
// central booking's. Whether a document is valid OpenAPI 3.1 and matches the examples of its API page
// (docs/api.md, docs/booking-api.md) is checked by a real validator in tests/openapi.
#include "openapi.hpp"

#include <doctest/doctest.h>

#include <set>
#include <stdexcept>

#include "booking_messages.hpp"
#include "booking_openapi.hpp"
#include "error_code.hpp"
#include "json_schema.hpp"
#include "messages.hpp"
#include "routes.hpp"

namespace civiq::protocol {
namespace {

enum class SchemaTestColour { Red, Green };
BOOST_DESCRIBE_ENUM(SchemaTestColour, Red, Green)

struct SchemaTestInner {
  int n = 0;
};
BOOST_DESCRIBE_STRUCT(SchemaTestInner, (), (n))

struct SchemaTestOuter {
  TicketId id;
  TimePoint at;
  std::optional<std::string> note;
  std::optional<SchemaTestInner> inner;
  std::vector<SchemaTestInner> all;
  std::map<std::string, double> weights;
  SchemaTestColour colour = SchemaTestColour::Red;
};
BOOST_DESCRIBE_STRUCT(SchemaTestOuter, (), (id, at, note, inner, all, weights, colour))

}  // namespace

CIVIQ_SCHEMA_NAME(SchemaTestInner);
CIVIQ_SCHEMA_NAME(SchemaTestOuter);

namespace {

json::value parsed(std::string_view text) {
  return json::parse(text);
}

const json::object& component(const json::value& doc, std::string_view name) {
  return doc.at("components").at("schemas").at(name).as_object();
}

// Every field the codec writes is described, and every required field is written.
void check_codec_agrees(const json::value& encoded, const json::object& schema) {
  const auto& properties = schema.at("properties").as_object();
  for (const auto& field : encoded.as_object()) CHECK_MESSAGE(properties.contains(field.key()), field.key());
  if (const auto* required = schema.if_contains("required"))
    for (const auto& name : required->as_array()) CHECK_MESSAGE(encoded.as_object().contains(name.as_string()), name);
}

std::string lower(std::string_view method) {
  std::string out(method);
  for (auto& c : out) c = static_cast<char>(c | 0x20);
  return out;
}

// The document describes each of `routes` once, and `extra` operations besides them; operationIds
// are unique.
template <std::size_t N>
void check_describes_routes(const json::value& doc, const std::array<RouteDef, N>& routes, std::size_t extra) {
  const auto& paths = doc.at("paths").as_object();
  std::set<std::pair<std::string, std::string>> listed;
  for (const auto& def : routes) {
    const auto method = lower(def.method);
    INFO(def.method, " ", def.pattern);
    CHECK(listed.emplace(method, std::string(def.pattern)).second);  // the list names each route once
    const auto* item = paths.if_contains(def.pattern);
    REQUIRE(item);
    CHECK(item->as_object().contains(method));
  }
  std::size_t operations = 0;
  std::set<std::string> ids;
  for (const auto& path : paths)
    for (const auto& op : path.value().as_object()) {
      ++operations;
      CHECK(ids.insert(std::string(op.value().at("operationId").as_string())).second);
    }
  CHECK(operations == routes.size() + extra);
}

// Every $ref of the document points at a component; returns how many there are.
std::size_t check_refs_resolve(const json::value& doc) {
  std::size_t refs = 0;
  const auto walk = [&](const auto& self, const json::value& value) -> void {
    if (const auto* object = value.if_object()) {
      if (const auto* target = object->if_contains("$ref")) {
        ++refs;
        const std::string_view text = target->as_string();
        REQUIRE(text.starts_with("#/components/"));
        const auto rest = text.substr(13);
        const auto slash = rest.find('/');
        CHECK_MESSAGE(doc.at("components").at(rest.substr(0, slash)).as_object().contains(rest.substr(slash + 1)),
                      text);
      }
      for (const auto& item : *object) self(self, item.value());
    } else if (const auto* array = value.if_array()) {
      for (const auto& item : *array) self(self, item);
    }
  };
  walk(walk, doc);
  return refs;
}

}  // namespace

TEST_CASE("json_schema follows the codec's type mapping") {
  CHECK(json_schema<bool>() == parsed(R"({"type": "boolean"})"));
  CHECK(json_schema<int>() == parsed(R"({"type": "integer", "format": "int32"})"));
  CHECK(json_schema<std::int64_t>() == parsed(R"({"type": "integer", "format": "int64"})"));
  CHECK(json_schema<double>() == parsed(R"({"type": "number", "format": "double"})"));
  CHECK(json_schema<std::string>() == parsed(R"({"type": "string"})"));
  CHECK(json_schema<TicketId>() == parsed(R"({"type": "integer", "format": "int64"})"));
  CHECK(json_schema<ServiceId>() == parsed(R"({"type": "integer", "format": "int32"})"));
  CHECK(json_schema<TimePoint>() == parsed(R"({"type": "string", "format": "date-time"})"));
  CHECK(json_schema<std::vector<ServiceId>>() ==
        parsed(R"({"type": "array", "items": {"type": "integer", "format": "int32"}})"));
  CHECK(json_schema<std::map<std::string, std::string>>() ==
        parsed(R"({"type": "object", "additionalProperties": {"type": "string"}})"));
  CHECK(json_schema<SchemaTestColour>() == parsed(R"({"type": "string", "enum": ["Red", "Green"]})"));
  CHECK(json_schema<SchemaTestOuter>() == parsed(R"({"$ref": "#/components/schemas/SchemaTestOuter"})"));
}

TEST_CASE("optional values may be null as well as absent") {
  CHECK(json_schema<std::optional<int>>() == parsed(R"({"type": ["integer", "null"], "format": "int32"})"));
  CHECK(json_schema<std::optional<SchemaTestColour>>() ==
        parsed(R"({"type": ["string", "null"], "enum": ["Red", "Green", null]})"));
  CHECK(json_schema<std::optional<SchemaTestInner>>() ==
        parsed(R"({"anyOf": [{"$ref": "#/components/schemas/SchemaTestInner"}, {"type": "null"}]})"));
}

TEST_CASE("a struct's component requires its non-optional fields; only requests are closed") {
  json::object strict;
  add_component_schemas<SchemaTestOuter>(strict, Reading::Strict);
  REQUIRE(strict.contains("SchemaTestInner"));
  const auto& outer = strict.at("SchemaTestOuter").as_object();
  CHECK(outer.at("required") == parsed(R"(["id", "at", "all", "weights", "colour"])"));
  CHECK(outer.at("properties").as_object().size() == 7);
  CHECK(outer.at("additionalProperties") == json::value(false));

  json::object tolerant;
  add_component_schemas<SchemaTestOuter>(tolerant, Reading::Tolerant);
  CHECK_FALSE(tolerant.at("SchemaTestOuter").as_object().contains("additionalProperties"));
  CHECK_FALSE(tolerant.at("SchemaTestInner").as_object().contains("additionalProperties"));

  // One component cannot be both: a struct sent both ways would need two types.
  CHECK_THROWS_AS(add_component_schemas<SchemaTestInner>(tolerant, Reading::Strict), std::logic_error);
}

TEST_CASE("the document describes every route of routes.hpp exactly once") {
  const auto doc = openapi_json();
  check_describes_routes(doc, route::kAllRoutes, 0);
  CHECK(doc.at("paths").as_object().contains(route::kOpenApi.pattern));
}

TEST_CASE("every $ref of the document points at a component") {
  CHECK(check_refs_resolve(openapi_json()) > 50);
}

TEST_CASE("the schemas describe what the codec writes") {
  const auto doc = openapi_json();
  Health health;
  check_codec_agrees(encode(health), component(doc, "Health"));
  TicketView ticket;
  ticket.counter_id = CounterId{3};
  check_codec_agrees(encode(ticket), component(doc, "TicketView"));
  CounterView counter;
  counter.current = QueueEntry{};
  check_codec_agrees(encode(counter), component(doc, "CounterView"));
  check_codec_agrees(encode(IssueTicketRequest{}), component(doc, "IssueTicketRequest"));
  // Requests are strict like the server's decoder; replies stay open for fields a newer server adds.
  CHECK(component(doc, "IssueTicketRequest").at("additionalProperties") == json::value(false));
  CHECK_FALSE(component(doc, "TicketView").contains("additionalProperties"));
}

TEST_CASE("the document names its version, licence, errors and headers") {
  const auto doc = openapi_json();
  CHECK(doc.at("openapi").as_string() == "3.1.0");
  CHECK(doc.at("info").at("version").as_string() == kApiVersion);
  CHECK(doc.at("info").at("license").at("identifier").as_string() == "EUPL-1.2");
  const auto& codes = component(doc, "ErrorBody").at("properties").at("error").at("enum").as_array();
  REQUIRE(codes.size() == kErrorCodes.size());
  for (std::size_t i = 0; i < codes.size(); ++i) CHECK(codes[i].as_string() == kErrorCodes[i].name);

  const auto op = [&](const RouteDef& def, std::string_view method) -> const json::object& {
    return doc.at("paths").at(def.pattern).at(method).as_object();
  };
  const auto idempotent = [&](const json::object& operation) {
    const auto* params = operation.if_contains("parameters");
    if (!params) return false;
    for (const auto& p : params->as_array())
      if (p == parsed(R"({"$ref": "#/components/parameters/IdempotencyKey"})")) return true;
    return false;
  };
  CHECK(idempotent(op(route::kIssueTicket, "post")));
  CHECK(idempotent(op(route::kCheckIn, "post")));
  CHECK(idempotent(op(route::kCounterCallNext, "post")));
  CHECK_FALSE(idempotent(op(route::kLogin, "post")));
  CHECK(op(route::kHealth, "get").at("responses").at("200").at("headers").as_object().contains("Event-Seq"));
  CHECK(op(route::kIssueTicket, "post").at("responses").as_object().contains("201"));
  CHECK(op(route::kCounterCallNext, "post").at("responses").as_object().contains("204"));
  CHECK(op(route::kEvents, "get").at("responses").at("426") ==
        parsed(R"({"$ref": "#/components/responses/Error426"})"));
  CHECK(op(route::kLogin, "post").at("requestBody").at("required") == json::value(true));
  CHECK(op(route::kCheckIn, "post").at("requestBody").at("required") == json::value(false));  // optional body
}

TEST_CASE("the served and the committed form are the same document") {
  const auto pretty = openapi_document_pretty();
  CHECK(json::parse(openapi_document()) == json::parse(pretty));
  CHECK(pretty.starts_with("{\n  \"openapi\": \"3.1.0\",\n"));
  CHECK(pretty.ends_with("}\n"));
}

TEST_CASE("the booking document describes every booking route and page exactly once") {
  const auto doc = booking_openapi_json();
  check_describes_routes(doc, booking_route::kAll, 6);  // and the six booking pages
  namespace page = booking_page;
  for (const auto& def : {page::kStart, page::kActivate, page::kManage, page::kOffer, page::kAsset, page::kTranslation})
    CHECK_MESSAGE(doc.at("paths").at(def.pattern).as_object().contains("get"), def.pattern);
  CHECK(doc.at("paths").as_object().contains(booking_route::kOpenApi.pattern));
  CHECK(check_refs_resolve(doc) > 50);
}

TEST_CASE("the booking document describes every path parameter") {
  const auto doc = booking_openapi_json();
  for (const auto& path : doc.at("paths").as_object()) {
    const std::string_view pattern = path.key();
    const auto open = pattern.find('{');
    for (const auto& op : path.value().as_object()) {
      INFO(op.key(), " ", pattern);
      std::size_t described = 0;
      if (const auto* params = op.value().as_object().if_contains("parameters"))
        for (const auto& p : params->as_array())
          if (p.as_object().contains("in") && p.at("in") == "path") {
            ++described;
            CHECK(p.at("name").as_string() == pattern.substr(open + 1, pattern.find('}') - open - 1));
            CHECK_FALSE(p.at("description").as_string().empty());
            CHECK(p.at("required") == json::value(true));
          }
      CHECK(described == (open == std::string_view::npos ? 0U : 1U));
    }
  }
  // One name, different things: the hold's id is text, the closure's a number.
  const auto& paths = doc.at("paths");
  CHECK(paths.at("/api/v1/booking/holds/{id}/confirm").at("post").at("parameters").at(0).at("schema") ==
        parsed(R"({"type": "string"})"));
  CHECK(paths.at("/api/v1/booking/staff/closures/{id}").at("delete").at("parameters").at(0).at("schema") ==
        parsed(R"({"type": "integer", "format": "int64"})"));
}

TEST_CASE("the booking document names booking's error codes and each route's refusals") {
  const auto doc = booking_openapi_json();
  const auto& codes = component(doc, "ErrorBody").at("properties").at("error").at("enum").as_array();
  REQUIRE(codes.size() == kErrorCodes.size() + kBookingErrors.size());
  for (std::size_t i = 0; i < kBookingErrors.size(); ++i)
    CHECK(codes[kErrorCodes.size() + i].as_string() == kBookingErrors[i].name);
  const auto op = [&](const RouteDef& def) -> const json::object& {
    return doc.at("paths").at(def.pattern).at(lower(def.method)).as_object();
  };
  const auto& hold = op(booking_route::kHolds);
  CHECK(hold.at("responses").at("201").at("content").at("application/json").at("schema") ==
        parsed(R"({"$ref": "#/components/schemas/Hold"})"));
  CHECK(hold.at("responses").at("409") == parsed(R"({"$ref": "#/components/responses/Error409",
                   "description": "A business rule forbids the change: `slot_not_bookable`, `slot_taken`."})"));
  CHECK(hold.at("responses").at("400").at("description").as_string().find("`invalid_json`") != std::string::npos);
  CHECK(hold.at("responses").as_object().contains("429"));
  CHECK(hold.at("requestBody").at("required") == json::value(true));
  CHECK(component(doc, "HoldRequest").at("additionalProperties") == json::value(false));
  CHECK_FALSE(component(doc, "BookingView").contains("additionalProperties"));
  CHECK(op(booking_route::kCancel).at("requestBody").at("required") == json::value(false));  // {} or none
  CHECK(op(booking_route::kConfirmHold).at("responses").as_object().contains("202"));
  // Staff routes want the session token; the sign-in does not.
  CHECK(op(booking_route::kStaffBookings).at("security") == parsed(R"([{"bearerAuth": []}])"));
  CHECK(op(booking_route::kStaffLogin).at("security") == parsed("[]"));
  CHECK(op(booking_route::kStaffLogout).at("responses").as_object().contains("204"));
  CHECK_FALSE(doc.at("components").as_object().contains("parameters"));  // no Idempotency-Key here
}

TEST_CASE("the booking document's served and committed forms are the same") {
  const auto pretty = booking_openapi_document_pretty();
  CHECK(json::parse(booking_openapi_document()) == json::parse(pretty));
  CHECK(json::parse(pretty).at("info").at("version").as_string() == kBookingApiVersion);
}

}  // namespace civiq::protocol
