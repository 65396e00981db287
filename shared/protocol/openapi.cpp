// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "openapi.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <vector>

#include "error_code.hpp"
#include "event_frame.hpp"
#include "json_schema.hpp"
#include "messages.hpp"
#include "routes.hpp"

namespace civiq::protocol {

// The component names are part of the published API: clients generate their types from them.
CIVIQ_SCHEMA_NAME(ErrorBody);
CIVIQ_SCHEMA_NAME(NoBody);
CIVIQ_SCHEMA_NAME(Health);
CIVIQ_SCHEMA_NAME(ServiceInfo);
CIVIQ_SCHEMA_NAME(ServiceList);
CIVIQ_SCHEMA_NAME(IssueTicketRequest);
CIVIQ_SCHEMA_NAME(CheckInRequest);
CIVIQ_SCHEMA_NAME(IssuedTicket);
CIVIQ_SCHEMA_NAME(TicketView);
CIVIQ_SCHEMA_NAME(PostponeRequest);
CIVIQ_SCHEMA_NAME(LoginRequest);
CIVIQ_SCHEMA_NAME(LoginResponse);
CIVIQ_SCHEMA_NAME(TicketRef);
CIVIQ_SCHEMA_NAME(TransferRequest);
CIVIQ_SCHEMA_NAME(CloseRequest);
CIVIQ_SCHEMA_NAME(FinishRequest);
CIVIQ_SCHEMA_NAME(BreakRequest);
CIVIQ_SCHEMA_NAME(BreakReason);
CIVIQ_SCHEMA_NAME(BreakReasonList);
CIVIQ_SCHEMA_NAME(QueueEntry);
CIVIQ_SCHEMA_NAME(QueueView);
CIVIQ_SCHEMA_NAME(CounterView);
CIVIQ_SCHEMA_NAME(CounterList);
CIVIQ_SCHEMA_NAME(AppointmentView);
CIVIQ_SCHEMA_NAME(AppointmentList);
CIVIQ_SCHEMA_NAME(AppointmentInput);
CIVIQ_SCHEMA_NAME(AppointmentImport);
CIVIQ_SCHEMA_NAME(ImportResult);
CIVIQ_SCHEMA_NAME(OpeningStatus);
CIVIQ_SCHEMA_NAME(DisplayInfo);
CIVIQ_SCHEMA_NAME(KioskInfo);
CIVIQ_SCHEMA_NAME(Me);
CIVIQ_SCHEMA_NAME(CallNotice);
CIVIQ_SCHEMA_NAME(ServiceLoad);
CIVIQ_SCHEMA_NAME(ServiceLoadList);
CIVIQ_SCHEMA_NAME(CallsSnapshot);
CIVIQ_SCHEMA_NAME(PrinterStatus);
CIVIQ_SCHEMA_NAME(DeviceStatusReport);
CIVIQ_SCHEMA_NAME(DeviceHealth);
CIVIQ_SCHEMA_NAME(DeviceHealthList);

namespace {

// Registers T's components and returns the schema to put where the body goes.
using SchemaFn = json::value (*)(json::object& schemas);

template <class T>
json::value request_schema(json::object& schemas) {
  add_component_schemas<T>(schemas, Reading::Strict);
  return json_schema<T>();
}

template <class T>
json::value reply_schema(json::object& schemas) {
  add_component_schemas<T>(schemas, Reading::Tolerant);
  return json_schema<T>();
}

json::value any_object(json::object&) {
  return json::object{{"type", "object"}};
}
json::value text(json::object&) {
  return json::object{{"type", "string"}};
}
json::value anything(json::object&) {
  return json::object{};
}

enum class Who { Anyone, AnyToken, Kiosk, Display, Device, Clerk, Manager, LocalOrManager, ByTopic };

enum Flag : unsigned {
  kOffice = 1,       // answered on the office worker: Event-Seq header, 500 internal, 503 busy
  kIdempotent = 2,   // takes an Idempotency-Key
  kRateLimited = 4,  // per-client budget: 429 with Retry-After
  kMayBeEmpty = 8,   // may answer 204 without a body
  kUpgrade = 16,     // the WebSocket route
};

struct Operation {
  RouteDef route;
  std::string_view id;  // operationId
  std::string_view tag;
  std::string_view summary;
  Who who;
  SchemaFn body;            // nullptr: takes no body
  int status;               // on success
  SchemaFn reply;           // nullptr: no body
  std::string_view media;   // of the reply
  std::string_view errors;  // statuses beyond those who, body and flags imply, e.g. "404 409"
  std::string_view query;   // query parameters (kQueryParameters)
  unsigned flags;
};

constexpr std::string_view kJson = "application/json";
constexpr unsigned kCounterAction = kOffice | kIdempotent;

// The one table: each route with its request body, reply and errors (see server/http/*_routes.cpp).
constexpr std::array kOperations{
    Operation{route::kHealth, "getHealth", "public", "Liveness and identity of the branch", Who::Anyone, nullptr, 200,
              &reply_schema<Health>, kJson, "", "", kOffice},
    Operation{route::kServices, "listServices", "public", "The services of this office with live load", Who::Anyone,
              nullptr, 200, &reply_schema<ServiceList>, kJson, "", "lang", kOffice},
    Operation{route::kTicket, "getTicket", "public", "The live ticket (no personal data)", Who::Anyone, nullptr, 200,
              &reply_schema<TicketView>, kJson, "404", "", kOffice | kRateLimited},
    Operation{route::kTicketCancel, "cancelTicket", "public", "The citizen gives up the ticket", Who::Anyone,
              &request_schema<NoBody>, 200, &reply_schema<TicketView>, kJson, "404 409", "", kOffice | kRateLimited},
    Operation{route::kTicketPostpone, "postponeTicket", "public", "Let citizens of the same service go first",
              Who::Anyone, &request_schema<PostponeRequest>, 200, &reply_schema<TicketView>, kJson, "404 409", "",
              kOffice | kRateLimited},
    Operation{route::kLogin, "login", "public", "Staff sign-in: a session token (12 h)", Who::Anyone,
              &request_schema<LoginRequest>, 200, &reply_schema<LoginResponse>, kJson, "401", "",
              kOffice | kRateLimited},
    Operation{route::kDisplay, "getDisplay", "display", "What a waiting-room display shows besides the calls",
              Who::Display, nullptr, 200, &reply_schema<DisplayInfo>, kJson, "", "", kOffice},
    Operation{route::kKiosk, "getKiosk", "kiosk", "What a kiosk needs besides the services", Who::Kiosk, nullptr, 200,
              &reply_schema<KioskInfo>, kJson, "", "", kOffice},
    Operation{route::kIssueTicket, "issueTicket", "kiosk", "Draw a ticket", Who::Kiosk,
              &request_schema<IssueTicketRequest>, 201, &reply_schema<IssuedTicket>, kJson, "404 409", "",
              kOffice | kIdempotent},
    Operation{route::kCheckIn, "checkIn", "kiosk", "Check in a booked appointment: issues its ticket", Who::Kiosk,
              &request_schema<CheckInRequest>, 201, &reply_schema<IssuedTicket>, kJson, "404 409", "",
              kOffice | kIdempotent},
    Operation{route::kDeviceStatus, "reportDeviceStatus", "devices",
              "A kiosk's or display's heartbeat: version, printer, paper, last error", Who::Device,
              &request_schema<DeviceStatusReport>, 204, nullptr, "", "", "", kOffice},
    Operation{route::kDevices, "listDevices", "devices",
              "The enrolled kiosks and displays: reachable, printer and paper, problems", Who::Clerk, nullptr, 200,
              &reply_schema<DeviceHealthList>, kJson, "", "", kOffice},
    Operation{route::kMe, "getMe", "staff", "Who the token belongs to", Who::AnyToken, nullptr, 200, &reply_schema<Me>,
              kJson, "", "", kOffice},
    Operation{route::kLogout, "logout", "staff", "End the caller's session", Who::Clerk, nullptr, 204, nullptr, "", "",
              "", kOffice},
    Operation{route::kQueue, "getQueue", "staff", "Waiting, parked and no-show tickets of today in calling order",
              Who::Clerk, nullptr, 200, &reply_schema<QueueView>, kJson, "", "", kOffice},
    Operation{route::kAppointments, "listAppointments", "staff", "Today's appointments", Who::Clerk, nullptr, 200,
              &reply_schema<AppointmentList>, kJson, "", "", kOffice},
    Operation{route::kImportAppointments, "importAppointments", "staff", "Import or update appointments", Who::Manager,
              &request_schema<AppointmentImport>, 200, &reply_schema<ImportResult>, kJson, "404", "", kOffice},
    Operation{route::kCounters, "listCounters", "counter", "The counters and who is at them", Who::Clerk, nullptr, 200,
              &reply_schema<CounterList>, kJson, "", "", kOffice},
    Operation{route::kCounterOpen, "openCounter", "counter", "Sign in at the counter", Who::Clerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterClose, "closeCounter", "counter", "Close the counter (a break ends with it)", Who::Clerk,
              &request_schema<CloseRequest>, 200, &reply_schema<CounterView>, kJson, "400 404 409", "", kCounterAction},
    Operation{route::kCounterBreak, "startBreak", "counter",
              "The clerk steps away: the counter stays theirs but calls nobody and counts for no wait estimate",
              Who::Clerk, &request_schema<BreakRequest>, 200, &reply_schema<CounterView>, kJson, "400 404 409", "",
              kCounterAction},
    Operation{route::kCounterBreakEnd, "endBreak", "counter", "The clerk is back: the counter calls again", Who::Clerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kBreakReasons, "listBreakReasons", "counter", "The reasons for a break this office offers",
              Who::Clerk, nullptr, 200, &reply_schema<BreakReasonList>, kJson, "", "lang", 0},
    Operation{route::kCounterCallNext, "callNext", "counter", "Call the next ticket by the calling policy", Who::Clerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "",
              kCounterAction | kMayBeEmpty},
    Operation{route::kCounterRecall, "recall", "counter", "Call the current ticket again", Who::Clerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterStart, "startService", "counter", "The citizen has arrived: service starts", Who::Clerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterFinish, "finishService", "counter",
              "The current service is done (served or not); the visit's next service follows here if this counter "
              "serves it",
              Who::Clerk, &request_schema<FinishRequest>, 200, &reply_schema<CounterView>, kJson, "400 404 409", "",
              kCounterAction},
    Operation{route::kCounterNoShow, "noShow", "counter", "The called citizen did not come", Who::Clerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterPark, "park", "counter", "Set the ticket aside; it keeps its number", Who::Clerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterTransfer, "transfer", "counter",
              "Send the ticket to another service or counter, with a note for the next clerk", Who::Clerk,
              &request_schema<TransferRequest>, 200, &reply_schema<CounterView>, kJson, "400 404 409", "",
              kCounterAction},
    Operation{route::kCounterCall, "callTicket", "counter", "Call a specific waiting or parked ticket", Who::Clerk,
              &request_schema<TicketRef>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterReactivate, "reactivate", "counter", "A no-show or parked ticket waits again", Who::Clerk,
              &request_schema<TicketRef>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterAlarm, "raiseAlarm", "counter",
              "Emergency: every staff client shows the alarm at this counter until it is acknowledged", Who::Clerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404", "", kCounterAction},
    Operation{route::kCounterAlarmAcknowledge, "acknowledgeAlarm", "counter",
              "A colleague has seen the alarm and is on the way", Who::Clerk, &request_schema<NoBody>, 200,
              &reply_schema<CounterView>, kJson, "404", "", kCounterAction},
    Operation{route::kEvents, "subscribeEvents", "events", "Live updates over a WebSocket", Who::ByTopic, nullptr, 101,
              nullptr, "", "400 404 426 500 503", "topics access_token", kUpgrade},
    Operation{route::kStartPage, "getStartPage", "live-ticket page",
              "The branch's start page (HTML): office, how the live ticket works, links", Who::Anyone, nullptr, 200,
              &text, "text/html", "", "", 0},
    Operation{route::kLiveTicketPage, "getLiveTicketPage", "live-ticket page", "The live-ticket page (HTML)",
              Who::Anyone, nullptr, 200, &text, "text/html", "404", "", 0},
    Operation{route::kLiveTicketAsset, "getLiveTicketAsset", "live-ticket page",
              "Scripts, styles and images of the page", Who::Anyone, nullptr, 200, &anything, "*/*", "404", "", 0},
    Operation{route::kLiveTicketTranslation, "getLiveTicketTranslation", "live-ticket page",
              "The page's texts in one language", Who::Anyone, nullptr, 200, &any_object, kJson, "404", "", 0},
    Operation{route::kMetrics, "getMetrics", "operations", "Prometheus metrics", Who::LocalOrManager, nullptr, 200,
              &text, "text/plain", "", "", kOffice},
    Operation{route::kOpenApi, "getOpenApi", "operations", "This document (OpenAPI 3.1)", Who::Anyone, nullptr, 200,
              &any_object, kJson, "", "", 0},
};

struct QueryParameter {
  std::string_view name;
  bool required;
  std::string_view description;
};

constexpr std::array kQueryParameters{
    QueryParameter{"lang", false, "Language of `name`: de, en, pl or cs (default de)."},
    QueryParameter{"topics", true,
                   "Comma-separated topics (at most 8): calls, queue, counters, appointments, devices, "
                   "ticket:{token}."},
    QueryParameter{"access_token", false, "The bearer token, for browsers: they cannot set headers on a WebSocket."},
};

constexpr std::string_view kEventsDescription =
    "Upgrade to a WebSocket (a plain GET answers 426). Refusals happen before the upgrade as normal HTTP errors. "
    "Every frame is an EventFrame: {\"topic\", \"kind\", \"seq\", \"data\"}; the snapshot of each topic comes "
    "right after the handshake, then updates. `x-civiq-frames` names the data schema of each topic and kind. "
    "Clients skip kinds and ignore fields they do not know.";

json::value ref(std::string_view kind, std::string_view name) {
  return json::object{{"$ref", "#/components/" + std::string(kind) + "/" + std::string(name)}};
}

std::string who_text(Who who) {
  // In the order of Who.
  static constexpr std::array<std::string_view, 9> kTexts{
      "Public.",
      "Any valid staff or device token.",
      "A kiosk device token, or staff.",
      "A display device token, or staff.",
      "A kiosk or display device token (the device speaks for itself; staff cannot).",
      "Staff: clerk, manager or admin.",
      "Staff: manager or admin.",
      "A manager or admin, or any request from the server itself (127.0.0.1, ::1).",
      "Public topics need no token; queue, counters, appointments and devices need a staff token."};
  static_assert(kTexts.size() == static_cast<std::size_t>(Who::ByTopic) + 1);
  return std::string(kTexts[static_cast<std::size_t>(who)]);
}

json::array security(Who who) {
  const json::object bearer{{"bearerAuth", json::array{}}};
  if (who == Who::Anyone) return {};
  if (who == Who::LocalOrManager || who == Who::ByTopic) return {json::object{}, bearer};  // token optional
  return {bearer};
}

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

// components/responses: one per HTTP status of kErrorCodes, naming its codes.
json::object error_responses() {
  std::map<int, std::string> codes;
  for (const auto& info : kErrorCodes)
    codes[info.http_status] += (codes[info.http_status].empty() ? "`" : ", `") + std::string(info.name) + "`";
  json::object responses;
  for (const auto& [status, names] : codes) {
    json::object response{{"description", status_text(status) + ": " + names + "."},
                          {"content", json::object{{kJson, json::object{{"schema", ref("schemas", "ErrorBody")}}}}}};
    if (status == 429 || status == 503)
      response["headers"] = json::object{{"Retry-After", ref("headers", "RetryAfter")}};
    responses["Error" + std::to_string(status)] = std::move(response);
  }
  responses["Error"] =
      json::object{{"description", "Any other error (e.g. 405, 431): the body names the code."},
                   {"content", json::object{{kJson, json::object{{"schema", ref("schemas", "ErrorBody")}}}}}};
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

std::vector<int> error_statuses(const Operation& op) {
  std::vector<int> statuses;
  if (op.body || (op.flags & kIdempotent)) statuses.push_back(400);
  if (op.who != Who::Anyone) statuses.insert(statuses.end(), {401, 403});
  if (op.body) statuses.push_back(413);
  if (op.flags & kRateLimited) statuses.push_back(429);
  if (op.flags & kOffice) statuses.insert(statuses.end(), {500, 503});
  for (const auto word : words(op.errors)) statuses.push_back(std::stoi(std::string(word)));
  std::sort(statuses.begin(), statuses.end());
  statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
  return statuses;
}

std::string path_parameter_text(std::string_view name) {
  if (name == "token") return "The ticket's unguessable token (from the issue reply).";
  if (name == "code") return "The appointment's booking code.";
  if (name == "id") return "The counter.";
  if (name == "file") return "A file name (no folders).";
  throw std::logic_error("undescribed path parameter " + std::string(name));
}

json::array parameters(const Operation& op) {
  json::array out;
  const auto& pattern = op.route.pattern;
  if (const auto open = pattern.find('{'); open != std::string_view::npos) {
    const auto name = pattern.substr(open + 1, pattern.find('}') - open - 1);
    // Counter ids are numbers (CounterId); tokens, codes and file names are text.
    out.push_back(json::object{{"name", name},
                               {"in", "path"},
                               {"required", true},
                               {"description", path_parameter_text(name)},
                               {"schema", name == "id" ? json_schema<CounterId>() : json::object{{"type", "string"}}}});
  }
  for (const auto name : words(op.query)) {
    const auto found =
        std::find_if(kQueryParameters.begin(), kQueryParameters.end(), [&](const auto& p) { return p.name == name; });
    if (found == kQueryParameters.end()) throw std::logic_error("undescribed query parameter " + std::string(name));
    out.push_back(json::object{{"name", name},
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
                                        : op.status == 204 ? "No content"
                                                           : "OK"}};
  if (op.reply) response["content"] = json::object{{op.media, json::object{{"schema", op.reply(schemas)}}}};
  json::object headers;
  if (op.flags & kOffice) headers["Event-Seq"] = ref("headers", "EventSeq");
  if (op.flags & kIdempotent) headers["Idempotent-Replayed"] = ref("headers", "IdempotentReplayed");
  if (!headers.empty()) response["headers"] = std::move(headers);
  return response;
}

// x-civiq-frames: the data schema of each topic's frame kinds.
json::object frames(json::object& schemas) {
  const auto kinds = [&](std::initializer_list<std::pair<std::string_view, SchemaFn>> list) {
    json::object out;
    for (const auto& [kind, schema] : list) out[kind] = schema(schemas);
    return out;
  };
  using namespace frame_kind;
  return {{topic::kCalls, kinds({{kSnapshot, &reply_schema<CallsSnapshot>},
                                 {kCall, &reply_schema<CallNotice>},
                                 {kLoad, &reply_schema<ServiceLoadList>}})},
          {topic::kQueue, kinds({{kSnapshot, &reply_schema<QueueView>}, {kUpdate, &reply_schema<QueueView>}})},
          {topic::kCounters, kinds({{kSnapshot, &reply_schema<CounterList>}, {kUpdate, &reply_schema<CounterList>}})},
          {topic::kAppointments,
           kinds({{kSnapshot, &reply_schema<AppointmentList>}, {kUpdate, &reply_schema<AppointmentList>}})},
          {topic::kDevices,
           kinds({{kSnapshot, &reply_schema<DeviceHealthList>}, {kUpdate, &reply_schema<DeviceHealthList>}})},
          {std::string(topic::kTicketPrefix) + "{token}",
           kinds({{kSnapshot, &reply_schema<TicketView>}, {kUpdate, &reply_schema<TicketView>}})}};
}

json::object operation(const Operation& op, json::object& schemas) {
  json::object out{{"operationId", op.id},
                   {"tags", json::array{op.tag}},
                   {"summary", op.summary},
                   {"description", who_text(op.who)},
                   {"security", security(op.who)}};
  if (auto params = parameters(op); !params.empty()) out["parameters"] = std::move(params);
  if (op.body) {
    auto schema = op.body(schemas);
    const auto name = std::string(schema.at("$ref").as_string()).substr(kSchemaRefPrefix.size());
    // An empty body counts as {} (parse_body): only a body with required fields must be sent.
    out["requestBody"] = json::object{{"required", schemas.at(name).as_object().contains("required")},
                                      {"content", json::object{{kJson, json::object{{"schema", std::move(schema)}}}}}};
  }
  json::object responses{{std::to_string(op.status), success_response(op, schemas)}};
  if (op.flags & kMayBeEmpty) responses["204"] = json::object{{"description", "Nothing to do (nobody waits)"}};
  for (const int status : error_statuses(op)) {
    if (std::none_of(kErrorCodes.begin(), kErrorCodes.end(),
                     [&](const auto& info) { return info.http_status == status; }))
      throw std::logic_error("no error code has status " + std::to_string(status));
    responses[std::to_string(status)] = ref("responses", "Error" + std::to_string(status));
  }
  responses["default"] = ref("responses", "Error");
  out["responses"] = std::move(responses);
  if (op.flags & kUpgrade) {
    out["description"] = std::string(kEventsDescription) + " " + who_text(op.who);
    out["x-civiq-frames"] = frames(schemas);
  }
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

// Schemas that are not a described message: the error code enumeration and the frame envelope.
void add_fixed_schemas(json::object& schemas) {
  add_component_schemas<ErrorBody>(schemas, Reading::Tolerant);
  json::array codes;
  for (const auto& info : kErrorCodes) codes.emplace_back(info.name);
  auto& error = schemas.at("ErrorBody").as_object().at("properties").as_object().at("error").as_object();
  error["enum"] = std::move(codes);
  error["description"] = "A client treats a code it does not know (from a newer server) by its HTTP status class.";
  schemas["EventFrame"] =
      json::object{{"type", "object"},
                   {"properties", json::object{{"topic", json::object{{"type", "string"}}},
                                               {"kind", json::object{{"type", "string"}}},
                                               {"seq", json::object{{"type", "integer"}, {"format", "int64"}}},
                                               {"data", json::object{}}}},
                   {"required", json::array{"topic", "kind", "data"}}};
}

json::object fixed_components() {
  return {
      {"securitySchemes", json::object{{"bearerAuth", json::object{{"type", "http"},
                                                                   {"scheme", "bearer"},
                                                                   {"description",
                                                                    "A staff session (POST /api/v1/auth/login) or a "
                                                                    "device token (civiq-admin device enroll)."}}}}},
      {"parameters",
       json::object{
           {"IdempotencyKey",
            json::object{{"name", "Idempotency-Key"},
                         {"in", "header"},
                         {"required", false},
                         {"description",
                          "One key per user action, sent again on every retry of it: a "
                          "retry of a stored action changes nothing."},
                         {"schema", json::object{{"type", "string"}, {"minLength", 1}, {"maxLength", 128}}}}}}},
      {"headers",
       json::object{
           {"EventSeq", json::object{{"description",
                                      "The office's event sequence number this reply shows (the "
                                      "`seq` of WebSocket frames): the higher is newer."},
                                     {"schema", json::object{{"type", "integer"}, {"format", "int64"}}}}},
           {"IdempotentReplayed", json::object{{"description", "This answers a retry; nothing was changed again."},
                                               {"schema", json::object{{"const", "true"}}}}},
           {"RetryAfter", json::object{{"description", "Seconds to wait before trying again."},
                                       {"schema", json::object{{"type", "integer"}, {"minimum", 0}}}}}}},
      {"responses", error_responses()},
  };
}

void pretty(std::string& out, const json::value& value, std::size_t indent) {
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
      pretty(out, item, indent + 2);
    }
    out += '\n' + std::string(indent, ' ') + ']';
  } else if (value.is_object() && !value.get_object().empty()) {
    out += "{\n";
    for (const auto& item : value.get_object()) {
      if (&item != value.get_object().begin()) out += ",\n";
      out.append(indent + 2, ' ');
      out += json::serialize(json::value(item.key())) + ": ";
      pretty(out, item.value(), indent + 2);
    }
    out += '\n' + std::string(indent, ' ') + '}';
  } else {
    out += json::serialize(value);
  }
}

}  // namespace

json::value openapi_json() {
  json::object schemas;
  add_fixed_schemas(schemas);
  json::object paths;
  for (const auto& op : kOperations) {
    auto& item = paths[op.route.pattern];
    if (item.is_null()) item = json::object{};
    std::string method(op.route.method);
    std::transform(method.begin(), method.end(), method.begin(), [](char c) { return static_cast<char>(c | 0x20); });
    if (item.as_object().contains(method))
      throw std::logic_error("route listed twice: " + std::string(op.route.pattern));
    item.as_object()[method] = operation(op, schemas);
  }
  auto components = fixed_components();
  components["schemas"] = sorted(schemas);
  return json::object{
      {"openapi", "3.1.0"},
      {"info",
       json::object{{"title", "civiq branch server"},
                    {"version", kApiVersion},
                    {"summary", "Queue system of a citizen office: tickets, counters, displays and live tickets."},
                    {"description",
                     "Generated from shared/protocol (routes.hpp, messages.hpp, error_code.hpp); "
                     "docs/api.md describes the same API for people. Servers refuse unknown request "
                     "fields; clients ignore unknown reply fields and treat a missing optional field "
                     "as absent. Optional fields may be absent or null."},
                    {"license", json::object{{"name", "EUPL-1.2"}, {"identifier", "EUPL-1.2"}}}}},
      {"servers", json::array{json::object{{"url", "/"}, {"description", "the branch server serving this document"}}}},
      {"tags", json::array{json::object{{"name", "public"}, {"description", "Citizens' phones and monitoring"}},
                           json::object{{"name", "display"}, {"description", "Waiting-room displays"}},
                           json::object{{"name", "kiosk"}, {"description", "Ticket kiosks"}},
                           json::object{{"name", "staff"}, {"description", "Staff beyond the counter"}},
                           json::object{{"name", "counter"},
                                        {"description",
                                         "Clerk actions at a counter: the clerk who opened it, or a manager or admin"}},
                           json::object{{"name", "events"}, {"description", "Live updates (WebSocket)"}},
                           json::object{{"name", "live-ticket page"}, {"description", "The citizen's web page"}},
                           json::object{{"name", "operations"}, {"description", "Monitoring and this document"}}}},
      {"paths", std::move(paths)},
      {"components", std::move(components)},
  };
}

std::string openapi_document() {
  return json::serialize(openapi_json());
}

std::string openapi_document_pretty() {
  std::string out;
  pretty(out, openapi_json(), 0);
  return out + '\n';
}

}  // namespace civiq::protocol
