// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Builds an OpenAPI 3.1 document from a table of operations: the part the branch's document
// (openapi.cpp) and central booking's (booking_openapi.cpp) share. A document gives its routes
// (routes.hpp), which message each takes and answers (json_schema.hpp), who may call it, its
// parameters and its error codes; the builder turns that into paths, security, parameters, error
// responses and component schemas, the same way for both, so the two documents read alike.
// Invariant: every status an operation lists is the status of one of the document's error codes,
// and every path or query parameter is described (build() throws std::logic_error otherwise).
// Thread rule: constant data and pure functions.
#include <array>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "json_schema.hpp"
#include "messages.hpp"
#include "routes.hpp"

namespace civiq::protocol {

// Component names both documents use; part of the published API (clients generate types from them).
CIVIQ_SCHEMA_NAME(ErrorBody);
CIVIQ_SCHEMA_NAME(NoBody);

namespace openapi {

// Registers a body's components in `schemas` and returns the schema to put where the body goes.
using SchemaFn = json::value (*)(json::object& schemas);

// A request body: servers refuse unknown fields.
template <class T>
json::value request_schema(json::object& schemas) {
  add_component_schemas<T>(schemas, Reading::Strict);
  return json_schema<T>();
}

// A reply: clients ignore fields they do not know.
template <class T>
json::value reply_schema(json::object& schemas) {
  add_component_schemas<T>(schemas, Reading::Tolerant);
  return json_schema<T>();
}

json::value any_object(json::object& schemas);
json::value text(json::object& schemas);
json::value anything(json::object& schemas);

enum class Access {
  None,            // public
  Bearer,          // Authorization: Bearer TOKEN
  OptionalBearer,  // a token changes what is allowed, but is not needed
};

// Who may call an operation: the operation's description, and its security.
struct Audience {
  std::string_view text;
  Access access;
};

enum Flag : unsigned {
  kServerSide = 1,   // answered on a worker: 500 internal, 503 busy (with Retry-After)
  kIdempotent = 2,   // takes an Idempotency-Key
  kRateLimited = 4,  // per-client budget: 429 with Retry-After
  kMayBeEmpty = 8,   // may answer 204 without a body
  kUpgrade = 16,     // a WebSocket route (Document::decorate adds what its frames are)
  kEventSeq = 32,    // the reply carries the Event-Seq header
};

struct Operation {
  RouteDef route;
  std::string_view id;  // operationId
  std::string_view tag;
  std::string_view summary;
  Audience who;
  SchemaFn body;           // nullptr: takes no body
  int status;              // on success
  SchemaFn reply;          // nullptr: no body
  std::string_view media;  // of the reply
  // Errors beyond those who, body and flags imply, separated by spaces: statuses ("404 409"),
  // answered with the status's shared response, or error codes ("unknown_hold hold_expired"),
  // answered with it and naming the codes this operation gives with that status.
  std::string_view errors;
  std::string_view query;  // keys of the document's query parameters
  unsigned flags;
};

struct PathParameter {
  std::string_view name;  // as in a route's {placeholder}
  std::string_view description;
  json::value (*schema)();
  std::string_view within;  // only for routes whose pattern starts so; "" for every route
};

// `key` is the parameter's name, or "name:variant" where one name means different things on
// different routes (the name is what comes before the colon).
struct QueryParameter {
  std::string_view key;
  bool required;
  std::string_view description;
};

struct NamedError {
  std::string_view name;
  int http_status;
};

struct Tag {
  std::string_view name;
  std::string_view description;
};

struct Document {
  std::string_view title;
  std::string_view version;
  std::string_view summary;
  std::string_view description;         // build() adds how requests and replies are read
  std::string_view server_description;  // of "/": the server serving the document
  std::string_view bearer_description;  // where tokens come from
  std::span<const Tag> tags;
  std::span<const Operation> operations;
  std::span<const PathParameter> path_parameters;  // the first that fits counts
  std::span<const QueryParameter> query_parameters;
  std::span<const NamedError> errors;  // every error code, in the order of ErrorBody's enum
  // Schemas beyond the operations' messages; may be nullptr.
  void (*add_schemas)(json::object& schemas);
  // Adds to an operation what the table cannot say (a WebSocket's frames); may be nullptr.
  void (*decorate)(const Operation& op, json::object& operation, json::object& schemas);
};

// The error codes of tables like kErrorCodes (anything with `name` and `http_status`), one after the other.
template <class... Info, std::size_t... N>
constexpr auto named_errors(const std::array<Info, N>&... tables) {
  std::array<NamedError, (N + ...)> out{};
  std::size_t next = 0;
  const auto add = [&](const auto& table) {
    for (const auto& info : table) out[next++] = NamedError{info.name, info.http_status};
  };
  (add(tables), ...);
  return out;
}

[[nodiscard]] json::value ref(std::string_view kind, std::string_view name);

[[nodiscard]] json::value build(const Document& document);

// Indented by two spaces, keys in document order, arrays of plain values on one line, ending in a
// newline: the form committed under docs/.
[[nodiscard]] std::string pretty(const json::value& document);

}  // namespace openapi
}  // namespace civiq::protocol
