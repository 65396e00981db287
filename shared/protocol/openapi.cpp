// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "openapi.hpp"

#include <array>

#include "error_code.hpp"
#include "event_frame.hpp"
#include "openapi_builder.hpp"

namespace civiq::protocol {

// The component names are part of the published API: clients generate their types from them.
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
CIVIQ_SCHEMA_NAME(FigureRow);
CIVIQ_SCHEMA_NAME(FiguresReport);

namespace {

using namespace openapi;

// Who may call a route (the operation's description says it).
constexpr Audience kAnyone{"Public.", Access::None};
constexpr Audience kAnyToken{"Any valid staff or device token.", Access::Bearer};
constexpr Audience kKiosk{"A kiosk device token, or staff.", Access::Bearer};
constexpr Audience kDisplay{"A display device token, or staff.", Access::Bearer};
constexpr Audience kDevice{"A kiosk or display device token (the device speaks for itself; staff cannot).",
                           Access::Bearer};
constexpr Audience kClerk{"Staff: clerk, manager or admin.", Access::Bearer};
constexpr Audience kManager{"Staff: manager or admin.", Access::Bearer};
constexpr Audience kLocalOrManager{"A manager or admin, or any request from the server itself (127.0.0.1, ::1).",
                                   Access::OptionalBearer};
constexpr Audience kByTopic{
    "Public topics need no token; queue, counters, appointments and devices need a staff token.",
    Access::OptionalBearer};

constexpr unsigned kOffice = kServerSide | kEventSeq;  // answered on the office worker
constexpr std::string_view kJson = "application/json";
constexpr unsigned kCounterAction = kOffice | kIdempotent;

// The one table: each route with its request body, reply and errors (see server/http/*_routes.cpp).
constexpr std::array kOperations{
    Operation{route::kHealth, "getHealth", "public", "Liveness and identity of the branch", kAnyone, nullptr, 200,
              &reply_schema<Health>, kJson, "", "", kOffice},
    Operation{route::kServices, "listServices", "public", "The services of this office with live load", kAnyone,
              nullptr, 200, &reply_schema<ServiceList>, kJson, "", "lang", kOffice},
    Operation{route::kTicket, "getTicket", "public", "The live ticket (no personal data)", kAnyone, nullptr, 200,
              &reply_schema<TicketView>, kJson, "404", "", kOffice | kRateLimited},
    Operation{route::kTicketCancel, "cancelTicket", "public", "The citizen gives up the ticket", kAnyone,
              &request_schema<NoBody>, 200, &reply_schema<TicketView>, kJson, "404 409", "", kOffice | kRateLimited},
    Operation{route::kTicketPostpone, "postponeTicket", "public", "Let citizens of the same service go first", kAnyone,
              &request_schema<PostponeRequest>, 200, &reply_schema<TicketView>, kJson, "404 409", "",
              kOffice | kRateLimited},
    Operation{route::kLogin, "login", "public", "Staff sign-in: a session token (12 h)", kAnyone,
              &request_schema<LoginRequest>, 200, &reply_schema<LoginResponse>, kJson, "401", "",
              kOffice | kRateLimited},
    Operation{route::kDisplay, "getDisplay", "display", "What a waiting-room display shows besides the calls", kDisplay,
              nullptr, 200, &reply_schema<DisplayInfo>, kJson, "", "", kOffice},
    Operation{route::kKiosk, "getKiosk", "kiosk", "What a kiosk needs besides the services", kKiosk, nullptr, 200,
              &reply_schema<KioskInfo>, kJson, "", "", kOffice},
    Operation{route::kIssueTicket, "issueTicket", "kiosk", "Draw a ticket", kKiosk, &request_schema<IssueTicketRequest>,
              201, &reply_schema<IssuedTicket>, kJson, "404 409", "", kOffice | kIdempotent},
    Operation{route::kCheckIn, "checkIn", "kiosk", "Check in a booked appointment: issues its ticket", kKiosk,
              &request_schema<CheckInRequest>, 201, &reply_schema<IssuedTicket>, kJson, "404 409", "",
              kOffice | kIdempotent},
    Operation{route::kDeviceStatus, "reportDeviceStatus", "devices",
              "A kiosk's or display's heartbeat: version, printer, paper, last error", kDevice,
              &request_schema<DeviceStatusReport>, 204, nullptr, "", "", "", kOffice},
    Operation{route::kDevices, "listDevices", "devices",
              "The enrolled kiosks and displays: reachable, printer and paper, problems", kClerk, nullptr, 200,
              &reply_schema<DeviceHealthList>, kJson, "", "", kOffice},
    Operation{route::kMe, "getMe", "staff", "Who the token belongs to", kAnyToken, nullptr, 200, &reply_schema<Me>,
              kJson, "", "", kOffice},
    Operation{route::kLogout, "logout", "staff", "End the caller's session", kClerk, nullptr, 204, nullptr, "", "", "",
              kOffice},
    Operation{route::kQueue, "getQueue", "staff", "Waiting, parked and no-show tickets of today in calling order",
              kClerk, nullptr, 200, &reply_schema<QueueView>, kJson, "", "", kOffice},
    Operation{route::kAppointments, "listAppointments", "staff", "Today's appointments", kClerk, nullptr, 200,
              &reply_schema<AppointmentList>, kJson, "", "", kOffice},
    Operation{route::kImportAppointments, "importAppointments", "staff", "Import or update appointments", kManager,
              &request_schema<AppointmentImport>, 200, &reply_schema<ImportResult>, kJson, "404", "", kOffice},
    Operation{route::kCounters, "listCounters", "counter", "The counters and who is at them", kClerk, nullptr, 200,
              &reply_schema<CounterList>, kJson, "", "", kOffice},
    Operation{route::kCounterOpen, "openCounter", "counter", "Sign in at the counter", kClerk, &request_schema<NoBody>,
              200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterClose, "closeCounter", "counter", "Close the counter (a break ends with it)", kClerk,
              &request_schema<CloseRequest>, 200, &reply_schema<CounterView>, kJson, "400 404 409", "", kCounterAction},
    Operation{route::kCounterBreak, "startBreak", "counter",
              "The clerk steps away: the counter stays theirs but calls nobody and counts for no wait estimate", kClerk,
              &request_schema<BreakRequest>, 200, &reply_schema<CounterView>, kJson, "400 404 409", "", kCounterAction},
    Operation{route::kCounterBreakEnd, "endBreak", "counter", "The clerk is back: the counter calls again", kClerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kBreakReasons, "listBreakReasons", "counter", "The reasons for a break this office offers", kClerk,
              nullptr, 200, &reply_schema<BreakReasonList>, kJson, "", "lang", 0},
    Operation{route::kCounterCallNext, "callNext", "counter", "Call the next ticket by the calling policy", kClerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "",
              kCounterAction | kMayBeEmpty},
    Operation{route::kCounterRecall, "recall", "counter", "Call the current ticket again", kClerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterStart, "startService", "counter", "The citizen has arrived: service starts", kClerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterFinish, "finishService", "counter",
              "The current service is done (served or not); the visit's next service follows here if this counter "
              "serves it",
              kClerk, &request_schema<FinishRequest>, 200, &reply_schema<CounterView>, kJson, "400 404 409", "",
              kCounterAction},
    Operation{route::kCounterNoShow, "noShow", "counter", "The called citizen did not come", kClerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterPark, "park", "counter", "Set the ticket aside; it keeps its number", kClerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterTransfer, "transfer", "counter",
              "Send the ticket to another service or counter, with a note for the next clerk", kClerk,
              &request_schema<TransferRequest>, 200, &reply_schema<CounterView>, kJson, "400 404 409", "",
              kCounterAction},
    Operation{route::kCounterCall, "callTicket", "counter", "Call a specific waiting or parked ticket", kClerk,
              &request_schema<TicketRef>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterReactivate, "reactivate", "counter", "A no-show or parked ticket waits again", kClerk,
              &request_schema<TicketRef>, 200, &reply_schema<CounterView>, kJson, "404 409", "", kCounterAction},
    Operation{route::kCounterAlarm, "raiseAlarm", "counter",
              "Emergency: every staff client shows the alarm at this counter until it is acknowledged", kClerk,
              &request_schema<NoBody>, 200, &reply_schema<CounterView>, kJson, "404", "", kCounterAction},
    Operation{route::kCounterAlarmAcknowledge, "acknowledgeAlarm", "counter",
              "A colleague has seen the alarm and is on the way", kClerk, &request_schema<NoBody>, 200,
              &reply_schema<CounterView>, kJson, "404", "", kCounterAction},
    Operation{route::kFigures, "getFigures", "statistics",
              "The office's figures per day, hour of arrival and service (docs/statistics.md)", kManager, nullptr, 200,
              &reply_schema<FiguresReport>, kJson, "400", "from to lang", kServerSide},
    Operation{route::kFiguresCsv, "getFiguresCsv", "statistics",
              "The same figures as CSV for German spreadsheets: UTF-8 with BOM, `;`, decimal comma, ISO dates",
              kManager, nullptr, 200, &text, "text/csv", "400", "from to lang", kServerSide},
    Operation{route::kFiguresXlsx, "getFiguresXlsx", "statistics", "The same figures as an Excel workbook (XLSX)",
              kManager, nullptr, 200, &anything,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "400", "from to lang", kServerSide},
    Operation{route::kEvents, "subscribeEvents", "events", "Live updates over a WebSocket", kByTopic, nullptr, 101,
              nullptr, "", "400 404 426 500 503", "topics access_token", kUpgrade},
    Operation{route::kStartPage, "getStartPage", "live-ticket page",
              "The branch's start page (HTML): office, how the live ticket works, links", kAnyone, nullptr, 200, &text,
              "text/html", "", "", 0},
    Operation{route::kLiveTicketPage, "getLiveTicketPage", "live-ticket page", "The live-ticket page (HTML)", kAnyone,
              nullptr, 200, &text, "text/html", "404", "", 0},
    Operation{route::kLiveTicketAsset, "getLiveTicketAsset", "live-ticket page",
              "Scripts, styles and images of the page", kAnyone, nullptr, 200, &anything, "*/*", "404", "", 0},
    Operation{route::kLiveTicketTranslation, "getLiveTicketTranslation", "live-ticket page",
              "The page's texts in one language", kAnyone, nullptr, 200, &any_object, kJson, "404", "", 0},
    Operation{route::kManagePage, "getManagePage", "dashboard",
              "The office manager's dashboard (HTML): sign-in, figures of a range of days, downloads", kAnyone, nullptr,
              200, &text, "text/html", "404", "", 0},
    Operation{route::kManageAsset, "getManageAsset", "dashboard", "Scripts and styles of the dashboard", kAnyone,
              nullptr, 200, &anything, "*/*", "404", "", 0},
    Operation{route::kManageTranslation, "getManageTranslation", "dashboard", "The dashboard's texts in one language",
              kAnyone, nullptr, 200, &any_object, kJson, "404", "", 0},
    Operation{route::kMetrics, "getMetrics", "operations", "Prometheus metrics", kLocalOrManager, nullptr, 200, &text,
              "text/plain", "", "", kOffice},
    Operation{route::kOpenApi, "getOpenApi", "operations", "This document (OpenAPI 3.1)", kAnyone, nullptr, 200,
              &any_object, kJson, "", "", 0},
};

constexpr std::array kPathParameters{
    PathParameter{"token", "The ticket's unguessable token (from the issue reply).", &json_schema<std::string>, ""},
    PathParameter{"code", "The appointment's booking code.", &json_schema<std::string>, ""},
    PathParameter{"id", "The counter.", &json_schema<CounterId>, ""},  // counter ids are numbers (CounterId)
    PathParameter{"file", "A file name (no folders).", &json_schema<std::string>, ""},
};

constexpr std::array kQueryParameters{
    QueryParameter{"lang", false, "Language of `name`: de, en, pl or cs (default de)."},
    QueryParameter{"from", true, "The report's first Berlin day, \"2026-12-01\"."},
    QueryParameter{"to", true, "The report's last Berlin day (inclusive), at most 366 days after `from`."},
    QueryParameter{"topics", true,
                   "Comma-separated topics (at most 8): calls, queue, counters, appointments, devices, "
                   "ticket:{token}."},
    QueryParameter{"access_token", false, "The bearer token, for browsers: they cannot set headers on a WebSocket."},
};

constexpr std::array kTags{
    Tag{"public", "Citizens' phones and monitoring"},
    Tag{"display", "Waiting-room displays"},
    Tag{"kiosk", "Ticket kiosks"},
    Tag{"staff", "Staff beyond the counter"},
    Tag{"counter", "Clerk actions at a counter: the clerk who opened it, or a manager or admin"},
    Tag{"events", "Live updates (WebSocket)"},
    Tag{"live-ticket page", "The citizen's web page"},
    Tag{"statistics", "Figures for office managers"},
    Tag{"dashboard", "The office manager's web page (the data comes from the statistics routes)"},
    Tag{"operations", "Monitoring and this document"},
};

constexpr auto kErrors = named_errors(kErrorCodes);

constexpr std::string_view kEventsDescription =
    "Upgrade to a WebSocket (a plain GET answers 426). Refusals happen before the upgrade as normal HTTP errors. "
    "Every frame is an EventFrame: {\"topic\", \"kind\", \"seq\", \"data\"}; the snapshot of each topic comes "
    "right after the handshake, then updates. `x-civiq-frames` names the data schema of each topic and kind. "
    "Clients skip kinds and ignore fields they do not know.";

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

void describe_events(const Operation& op, json::object& operation, json::object& schemas) {
  if (!(op.flags & kUpgrade)) return;
  operation["description"] = std::string(kEventsDescription) + " " + std::string(op.who.text);
  operation["x-civiq-frames"] = frames(schemas);
}

// The frame envelope: not a described message.
void add_event_frame(json::object& schemas) {
  schemas["EventFrame"] =
      json::object{{"type", "object"},
                   {"properties", json::object{{"topic", json::object{{"type", "string"}}},
                                               {"kind", json::object{{"type", "string"}}},
                                               {"seq", json::object{{"type", "integer"}, {"format", "int64"}}},
                                               {"data", json::object{}}}},
                   {"required", json::array{"topic", "kind", "data"}}};
}

constexpr Document kDocument{
    .title = "civiq branch server",
    .version = kApiVersion,
    .summary = "Queue system of a citizen office: tickets, counters, displays and live tickets.",
    .description =
        "Generated from shared/protocol (routes.hpp, messages.hpp, error_code.hpp); "
        "docs/api.md describes the same API for people.",
    .server_description = "the branch server serving this document",
    .bearer_description = "A staff session (POST /api/v1/auth/login) or a device token (civiq-admin device enroll).",
    .tags = kTags,
    .operations = kOperations,
    .path_parameters = kPathParameters,
    .query_parameters = kQueryParameters,
    .errors = kErrors,
    .add_schemas = &add_event_frame,
    .decorate = &describe_events,
};

}  // namespace

json::value openapi_json() {
  return build(kDocument);
}

std::string openapi_document() {
  return json::serialize(openapi_json());
}

std::string openapi_document_pretty() {
  return pretty(openapi_json());
}

}  // namespace civiq::protocol
