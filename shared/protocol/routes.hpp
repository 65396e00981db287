// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Every route of the branch API, defined once: method and path pattern. The server registers its
// handlers under these; clients build request paths with path_of(). docs/api.md has a heading for
// each (checked by tests/docs/check_routes_documented.py). Thread rule: constant data, pure functions.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace civiq::protocol {

struct RouteDef {
  std::string_view method;
  std::string_view pattern;  // at most one {placeholder}
};

namespace route {
// public, citizens' phones and monitoring
inline constexpr RouteDef kHealth{"GET", "/api/v1/health"};
inline constexpr RouteDef kServices{"GET", "/api/v1/services"};
inline constexpr RouteDef kTicket{"GET", "/api/v1/tickets/{token}"};
inline constexpr RouteDef kTicketCancel{"POST", "/api/v1/tickets/{token}/cancel"};
inline constexpr RouteDef kTicketPostpone{"POST", "/api/v1/tickets/{token}/postpone"};
inline constexpr RouteDef kEvents{"GET", "/api/v1/events"};
inline constexpr RouteDef kMetrics{"GET", "/metrics"};
inline constexpr RouteDef kOpenApi{"GET", "/api/v1/openapi.json"};
// devices
inline constexpr RouteDef kDisplay{"GET", "/api/v1/display"};
inline constexpr RouteDef kKiosk{"GET", "/api/v1/kiosk"};
inline constexpr RouteDef kIssueTicket{"POST", "/api/v1/tickets"};
inline constexpr RouteDef kCheckIn{"POST", "/api/v1/appointments/{code}/check-in"};
inline constexpr RouteDef kDeviceStatus{"POST", "/api/v1/devices/self/status"};
// staff
inline constexpr RouteDef kLogin{"POST", "/api/v1/auth/login"};
inline constexpr RouteDef kLogout{"POST", "/api/v1/auth/logout"};
inline constexpr RouteDef kMe{"GET", "/api/v1/auth/me"};
inline constexpr RouteDef kQueue{"GET", "/api/v1/queue"};
inline constexpr RouteDef kAppointments{"GET", "/api/v1/appointments"};
inline constexpr RouteDef kDevices{"GET", "/api/v1/devices"};
inline constexpr RouteDef kImportAppointments{"POST", "/api/v1/appointments"};
inline constexpr RouteDef kCounters{"GET", "/api/v1/counters"};
inline constexpr RouteDef kCounterOpen{"POST", "/api/v1/counters/{id}/open"};
inline constexpr RouteDef kCounterClose{"POST", "/api/v1/counters/{id}/close"};
inline constexpr RouteDef kCounterCallNext{"POST", "/api/v1/counters/{id}/call-next"};
inline constexpr RouteDef kCounterRecall{"POST", "/api/v1/counters/{id}/recall"};
inline constexpr RouteDef kCounterStart{"POST", "/api/v1/counters/{id}/start"};
inline constexpr RouteDef kCounterFinish{"POST", "/api/v1/counters/{id}/finish"};
inline constexpr RouteDef kCounterNoShow{"POST", "/api/v1/counters/{id}/no-show"};
inline constexpr RouteDef kCounterPark{"POST", "/api/v1/counters/{id}/park"};
inline constexpr RouteDef kCounterTransfer{"POST", "/api/v1/counters/{id}/transfer"};
inline constexpr RouteDef kCounterCall{"POST", "/api/v1/counters/{id}/call"};
inline constexpr RouteDef kCounterReactivate{"POST", "/api/v1/counters/{id}/reactivate"};
inline constexpr RouteDef kCounterAlarm{"POST", "/api/v1/counters/{id}/alarm"};
inline constexpr RouteDef kCounterAlarmAcknowledge{"POST", "/api/v1/counters/{id}/alarm/acknowledge"};
inline constexpr RouteDef kCounterBreak{"POST", "/api/v1/counters/{id}/break"};
inline constexpr RouteDef kCounterBreakEnd{"POST", "/api/v1/counters/{id}/break/end"};
inline constexpr RouteDef kBreakReasons{"GET", "/api/v1/break-reasons"};
// managers: statistics (docs/statistics.md)
inline constexpr RouteDef kFigures{"GET", "/api/v1/manage/figures"};
inline constexpr RouteDef kFiguresCsv{"GET", "/api/v1/manage/figures.csv"};
inline constexpr RouteDef kFiguresXlsx{"GET", "/api/v1/manage/figures.xlsx"};
// the live-ticket page and the branch's start page (served by the branch)
inline constexpr RouteDef kStartPage{"GET", "/"};
inline constexpr RouteDef kLiveTicketPage{"GET", "/t/{token}"};
inline constexpr RouteDef kLiveTicketAsset{"GET", "/t/static/{file}"};
inline constexpr RouteDef kLiveTicketTranslation{"GET", "/t/static/i18n/{file}"};
// the office manager's dashboard (manage-web/, served by the branch)
inline constexpr RouteDef kManagePage{"GET", "/manage"};
inline constexpr RouteDef kManageAsset{"GET", "/manage/static/{file}"};
inline constexpr RouteDef kManageTranslation{"GET", "/manage/static/i18n/{file}"};

// Every route above, once. openapi_test.cpp checks that the OpenAPI document describes exactly
// these; tests/openapi checks the document against the routes civiq-server registers.
inline constexpr std::array kAllRoutes{kHealth,          kServices,        kTicket,
                                       kTicketCancel,    kTicketPostpone,  kEvents,
                                       kMetrics,         kOpenApi,         kDisplay,
                                       kKiosk,           kIssueTicket,     kCheckIn,
                                       kLogin,           kLogout,          kMe,
                                       kQueue,           kAppointments,    kImportAppointments,
                                       kCounters,        kCounterOpen,     kCounterClose,
                                       kCounterCallNext, kCounterRecall,   kCounterStart,
                                       kCounterFinish,   kCounterNoShow,   kCounterPark,
                                       kCounterTransfer, kCounterCall,     kCounterReactivate,
                                       kLiveTicketPage,  kLiveTicketAsset, kLiveTicketTranslation,
                                       kStartPage,       kDeviceStatus,    kDevices,
                                       kCounterAlarm,    kCounterAlarmAcknowledge, kCounterBreak,
                                       kCounterBreakEnd, kBreakReasons,    kFigures,
                                       kFiguresCsv,      kFiguresXlsx,     kManagePage,
                                       kManageAsset,     kManageTranslation};
}  // namespace route

// The path of `route` with its placeholder replaced by `value`, percent-encoded (RFC 3986
// unreserved characters stay as they are). A route without a placeholder ignores `value`.
[[nodiscard]] std::string path_of(const RouteDef& route, std::string_view value = {});

// The text in place of the route's {placeholder} when `path` is that route ("" for a route without
// one); nothing when it is another route. The text is one path segment, as sent (not decoded).
[[nodiscard]] std::optional<std::string> route_parameter(const RouteDef& route, std::string_view path);

}  // namespace civiq::protocol
