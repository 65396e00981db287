// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "openapi_builder.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <vector>

namespace civiq::protocol::openapi {
namespace {

constexpr std::string_view kJson = "application/json";
// How both ends read the messages (json_schema.hpp, Reading), said in every document's description.
constexpr std::string_view kContract =
    "Servers refuse unknown request fields; clients ignore unknown reply fields and treat a missing optional field "
    "as absent. Optional fields may be absent or null.";

std::string status_text(int status) {
  static constexpr std::array<std::pair<int, std::string_view>, 12> kTexts{{
      {400, "The request is wrong"},
      {401, "No or an invalid token, or wrong credentials"},
      {403, "The token lacks the needed role"},
      {404, "Not found"},
      {405, "Known path, wrong method"},
      {409, "A business rule forbids the change"},
      {413, "The body is too large"},
      {426, "A plain GET of the WebSocket route"},
      {429, "Too many requests from this client: retry after Retry-After seconds"},
      {431, "The request head is too large"},
      {500, "A server error"},
      {503, "Overloaded or stopping: not carried out, retry after Retry-After seconds"},
  }};
  for (const auto& [code, text] : kTexts)
    if (code == status) return std::string(text);
  return "An error";
}

json::object error_content() {
  return json::object{{kJson, json::object{{"schema", ref("schemas", "ErrorBody")}}}};
}

// components/responses: one per HTTP status of the document's errors, naming its codes.
json::object error_responses(const Document& doc) {
  std::map<int, std::string> codes;
  for (const auto& info : doc.errors)
    codes[info.http_status] += (codes[info.http_status].empty() ? "`" : ", `") + std::string(info.name) + "`";
  json::object responses;
  for (const auto& [status, names] : codes) {
    json::object response{{"description", status_text(status) + ": " + names + "."}, {"content", error_content()}};
    if (status == 429 || status == 503)
      response["headers"] = json::object{{"Retry-After", ref("headers", "RetryAfter")}};
    responses["Error" + std::to_string(status)] = std::move(response);
  }
  responses["Error"] = json::object{{"description", "Any other error (e.g. 405, 431): the body names the code."},
                                    {"content", error_content()}};
  return responses;
}

std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto end = std::min(text.find(' ', pos), text.size());
    out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool is_status(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int status_of(const Document& doc, std::string_view code) {
  const auto found =
      std::find_if(doc.errors.begin(), doc.errors.end(), [&](const auto& info) { return info.name == code; });
  if (found == doc.errors.end()) throw std::logic_error("unknown error code " + std::string(code));
  return found->http_status;
}

// The error codes an operation names, by status; a body's decoding errors join its 400s.
std::map<int, std::vector<std::string_view>> named_codes(const Document& doc, const Operation& op) {
  std::map<int, std::vector<std::string_view>> out;
  for (const auto word : words(op.errors))
    if (!is_status(word)) out[status_of(doc, word)].push_back(word);
  if (op.body && out.contains(400)) out[400].insert(out[400].begin(), {"invalid_json", "invalid_request"});
  return out;
}

std::vector<int> error_statuses(const Document& doc, const Operation& op) {
  std::vector<int> statuses;
  if (op.body || (op.flags & kIdempotent)) statuses.push_back(400);
  if (op.who.access != Access::None) statuses.insert(statuses.end(), {401, 403});
  if (op.body) statuses.push_back(413);
  if (op.flags & kRateLimited) statuses.push_back(429);
  if (op.flags & kServerSide) statuses.insert(statuses.end(), {500, 503});
  for (const auto word : words(op.errors))
    statuses.push_back(is_status(word) ? std::stoi(std::string(word)) : status_of(doc, word));
  std::sort(statuses.begin(), statuses.end());
  statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
  return statuses;
}

json::array security(Access access) {
  const json::object bearer{{"bearerAuth", json::array{}}};
  if (access == Access::None) return {};
  if (access == Access::OptionalBearer) return {json::object{}, bearer};
  return {bearer};
}

const PathParameter& path_parameter(const Document& doc, const Operation& op, std::string_view name) {
  for (const auto& p : doc.path_parameters)
    if (p.name == name && op.route.pattern.starts_with(p.within)) return p;
  throw std::logic_error("undescribed path parameter " + std::string(name) + " of " + std::string(op.route.pattern));
}

json::array parameters(const Document& doc, const Operation& op) {
  json::array out;
  const auto& pattern = op.route.pattern;
  if (const auto open = pattern.find('{'); open != std::string_view::npos) {
    const auto name = pattern.substr(open + 1, pattern.find('}') - open - 1);
    const auto& described = path_parameter(doc, op, name);
    out.push_back(json::object{{"name", name},
                               {"in", "path"},
                               {"required", true},
                               {"description", described.description},
                               {"schema", described.schema()}});
  }
  for (const auto key : words(op.query)) {
    const auto found = std::find_if(doc.query_parameters.begin(), doc.query_parameters.end(),
                                    [&](const auto& p) { return p.key == key; });
    if (found == doc.query_parameters.end()) throw std::logic_error("undescribed query parameter " + std::string(key));
    out.push_back(json::object{{"name", key.substr(0, key.find(':'))},
                               {"in", "query"},
                               {"required", found->required},
                               {"description", found->description},
                               {"schema", json::object{{"type", "string"}}}});
  }
  if (op.flags & kIdempotent) out.push_back(ref("parameters", "IdempotencyKey"));
  return out;
}

json::object success_response(const Operation& op, json::object& schemas) {
  json::object response{{"description", op.status == 101   ? "Switching Protocols: the WebSocket is open"
                                        : op.status == 201 ? "Created"
                                        : op.status == 202 ? "Accepted"
                                        : op.status == 204 ? "No content"
                                                           : "OK"}};
  if (op.reply) response["content"] = json::object{{op.media, json::object{{"schema", op.reply(schemas)}}}};
  json::object headers;
  if (op.flags & kEventSeq) headers["Event-Seq"] = ref("headers", "EventSeq");
  if (op.flags & kIdempotent) headers["Idempotent-Replayed"] = ref("headers", "IdempotentReplayed");
  if (!headers.empty()) response["headers"] = std::move(headers);
  return response;
}

json::object error_response(int status, const std::vector<std::string_view>* codes) {
  json::object out{{"$ref", "#/components/responses/Error" + std::to_string(status)}};
  if (!codes) return out;
  std::string names;
  for (const auto code : *codes) names += (names.empty() ? "`" : ", `") + std::string(code) + "`";
  // OpenAPI 3.1: a reference's description replaces the component's, here naming this route's codes.
  out["description"] = status_text(status) + ": " + names + ".";
  return out;
}

json::object operation(const Document& doc, const Operation& op, json::object& schemas) {
  json::object out{{"operationId", op.id},
                   {"tags", json::array{op.tag}},
                   {"summary", op.summary},
                   {"description", op.who.text},
                   {"security", security(op.who.access)}};
  if (auto params = parameters(doc, op); !params.empty()) out["parameters"] = std::move(params);
  if (op.body) {
    auto schema = op.body(schemas);
    const auto name = std::string(schema.at("$ref").as_string()).substr(kSchemaRefPrefix.size());
    // An empty body counts as {} (parse_body): only a body with required fields must be sent.
    out["requestBody"] = json::object{{"required", schemas.at(name).as_object().contains("required")},
                                      {"content", json::object{{kJson, json::object{{"schema", std::move(schema)}}}}}};
  }
  json::object responses{{std::to_string(op.status), success_response(op, schemas)}};
  if (op.flags & kMayBeEmpty) responses["204"] = json::object{{"description", "Nothing to do (nobody waits)"}};
  const auto named = named_codes(doc, op);
  for (const int status : error_statuses(doc, op)) {
    if (std::none_of(doc.errors.begin(), doc.errors.end(),
                     [&](const auto& info) { return info.http_status == status; }))
      throw std::logic_error("no error code has status " + std::to_string(status));
    const auto codes = named.find(status);
    responses[std::to_string(status)] = error_response(status, codes == named.end() ? nullptr : &codes->second);
  }
  responses["default"] = ref("responses", "Error");
  out["responses"] = std::move(responses);
  if (doc.decorate) doc.decorate(op, out, schemas);
  return out;
}

json::object sorted(const json::object& object) {
  std::vector<std::string_view> keys;
  for (const auto& item : object) keys.push_back(item.key());
  std::sort(keys.begin(), keys.end());
  json::object out;
  for (const auto key : keys) out[key] = object.at(key);
  return out;
}

// ErrorBody, its `error` an enumeration of the document's codes.
void add_error_body(const Document& doc, json::object& schemas) {
  add_component_schemas<ErrorBody>(schemas, Reading::Tolerant);
  json::array codes;
  for (const auto& info : doc.errors) codes.emplace_back(info.name);
  auto& error = schemas.at("ErrorBody").as_object().at("properties").as_object().at("error").as_object();
  error["enum"] = std::move(codes);
  error["description"] = "A client treats a code it does not know (from a newer server) by its HTTP status class.";
}

bool any_operation(const Document& doc, unsigned flag) {
  return std::any_of(doc.operations.begin(), doc.operations.end(), [&](const auto& op) { return op.flags & flag; });
}

// Components besides the schemas; a header or parameter no operation uses is left out.
json::object fixed_components(const Document& doc) {
  json::object components{
      {"securitySchemes",
       json::object{{"bearerAuth",
                     json::object{{"type", "http"}, {"scheme", "bearer"}, {"description", doc.bearer_description}}}}}};
  if (any_operation(doc, kIdempotent))
    components["parameters"] = json::object{
        {"IdempotencyKey",
         json::object{{"name", "Idempotency-Key"},
                      {"in", "header"},
                      {"required", false},
                      {"description",
                       "One key per user action, sent again on every retry of it: a "
                       "retry of a stored action changes nothing."},
                      {"schema", json::object{{"type", "string"}, {"minLength", 1}, {"maxLength", 128}}}}}};
  json::object headers;
  if (any_operation(doc, kEventSeq))
    headers["EventSeq"] = json::object{{"description",
                                        "The office's event sequence number this reply shows (the "
                                        "`seq` of WebSocket frames): the higher is newer."},
                                       {"schema", json::object{{"type", "integer"}, {"format", "int64"}}}};
  if (any_operation(doc, kIdempotent))
    headers["IdempotentReplayed"] = json::object{{"description", "This answers a retry; nothing was changed again."},
                                                 {"schema", json::object{{"const", "true"}}}};
  headers["RetryAfter"] = json::object{{"description", "Seconds to wait before trying again."},
                                       {"schema", json::object{{"type", "integer"}, {"minimum", 0}}}};
  components["headers"] = std::move(headers);
  components["responses"] = error_responses(doc);
  return components;
}

void write_pretty(std::string& out, const json::value& value, std::size_t indent) {
  const auto scalar = [](const json::value& v) { return !v.is_object() && !v.is_array(); };
  if (value.is_array() && std::all_of(value.get_array().begin(), value.get_array().end(), scalar)) {
    out += '[';
    for (const auto& item : value.get_array())
      out += (&item == value.get_array().begin() ? "" : ", ") + json::serialize(item);
    out += ']';
  } else if (value.is_array()) {
    out += "[\n";
    for (const auto& item : value.get_array()) {
      if (&item != value.get_array().begin()) out += ",\n";
      out.append(indent + 2, ' ');
      write_pretty(out, item, indent + 2);
    }
    out += '\n' + std::string(indent, ' ') + ']';
  } else if (value.is_object() && !value.get_object().empty()) {
    out += "{\n";
    for (const auto& item : value.get_object()) {
      if (&item != value.get_object().begin()) out += ",\n";
      out.append(indent + 2, ' ');
      out += json::serialize(json::value(item.key())) + ": ";
      write_pretty(out, item.value(), indent + 2);
    }
    out += '\n' + std::string(indent, ' ') + '}';
  } else {
    out += json::serialize(value);
  }
}

}  // namespace

json::value any_object(json::object&) {
  return json::object{{"type", "object"}};
}
json::value text(json::object&) {
  return json::object{{"type", "string"}};
}
json::value anything(json::object&) {
  return json::object{};
}

json::value ref(std::string_view kind, std::string_view name) {
  return json::object{{"$ref", "#/components/" + std::string(kind) + "/" + std::string(name)}};
}

json::value build(const Document& doc) {
  json::object schemas;
  add_error_body(doc, schemas);
  if (doc.add_schemas) doc.add_schemas(schemas);
  json::object paths;
  for (const auto& op : doc.operations) {
    auto& item = paths[op.route.pattern];
    if (item.is_null()) item = json::object{};
    std::string method(op.route.method);
    std::transform(method.begin(), method.end(), method.begin(), [](char c) { return static_cast<char>(c | 0x20); });
    if (item.as_object().contains(method))
      throw std::logic_error("route listed twice: " + std::string(op.route.pattern));
    item.as_object()[method] = operation(doc, op, schemas);
  }
  auto components = fixed_components(doc);
  components["schemas"] = sorted(schemas);
  json::array tags;
  for (const auto& tag : doc.tags) tags.push_back(json::object{{"name", tag.name}, {"description", tag.description}});
  return json::object{
      {"openapi", "3.1.0"},
      {"info", json::object{{"title", doc.title},
                            {"version", doc.version},
                            {"summary", doc.summary},
                            {"description", std::string(doc.description) + " " + std::string(kContract)},
                            {"license", json::object{{"name", "EUPL-1.2"}, {"identifier", "EUPL-1.2"}}}}},
      {"servers", json::array{json::object{{"url", "/"}, {"description", doc.server_description}}}},
      {"tags", std::move(tags)},
      {"paths", std::move(paths)},
      {"components", std::move(components)},
  };
}

std::string pretty(const json::value& document) {
  std::string out;
  write_pretty(out, document, 0);
  return out + '\n';
}

}  // namespace civiq::protocol::openapi
