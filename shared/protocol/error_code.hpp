// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Every error a civiq server can answer with: one enumeration, and one table giving each its stable
// wire name ({"error": "<name>"}) and its HTTP status. Servers build error responses only from an
// ErrorCode, so no code is spelled anywhere else; clients turn the wire name back into an ErrorCode
// and treat a name they do not know (from a newer server) as Unknown, using the HTTP status class.
// docs/api.md documents every name (checked by tests/docs/check_error_codes_documented.py).
// Thread rule: constant data and pure functions.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace civiq::protocol {

enum class ErrorCode {
  // 400: the request itself is wrong
  BadRequest,       // not HTTP at all, or an invalid target (the network layer)
  InvalidJson,      // the body is not JSON
  InvalidRequest,   // JSON of the wrong shape: missing, unknown or mistyped fields
  InvalidArgument,  // well-formed, but a value outside what the rule allows
  // 401, 403: who is asking
  Unauthorized,
  InvalidCredentials,
  Forbidden,
  // 404, 405: what is asked for
  NotFound,
  UnknownTicket,
  UnknownCounter,
  UnknownService,
  UnknownAppointment,
  MethodNotAllowed,
  // 409: a business rule forbids the change
  ServiceUnavailable,
  CounterClosed,
  CounterOnBreak,    // v1.6
  ServiceUnstaffed,  // v1.6: confirm with despite_unstaffed (unless the office refuses it)
  CounterBusy,
  CounterOccupied,
  CounterIdle,
  CounterDoesNotServe,
  TicketNotWaiting,
  TicketAlreadyCalled,
  TicketNotCalled,
  TicketNotReactivatable,
  TicketFinished,
  RecallTooSoon,
  PostponeLimitReached,
  OfficeClosed,
  AppointmentAlreadyCheckedIn,
  AppointmentNotToday,
  AppointmentCancelled,
  CheckInTooEarly,
  CheckInTooLate,
  // size and protocol limits
  PayloadTooLarge,
  UpgradeRequired,
  RateLimited,
  HeadersTooLarge,
  // the server's side
  Internal,             // nothing was changed
  InternalAfterCommit,  // the change was stored, the answer could not be built
  Busy,                 // overloaded: not carried out, retry after Retry-After
  Unavailable,          // the server is stopping
  // only on the client side: a name this client does not know
  Unknown,
};

struct ErrorCodeInfo {
  ErrorCode code;
  std::string_view name;
  int http_status;
};

// In enumeration order (checked at compile time below); Unknown is not in it.
inline constexpr std::array kErrorCodes{
    ErrorCodeInfo{ErrorCode::BadRequest, "bad_request", 400},
    ErrorCodeInfo{ErrorCode::InvalidJson, "invalid_json", 400},
    ErrorCodeInfo{ErrorCode::InvalidRequest, "invalid_request", 400},
    ErrorCodeInfo{ErrorCode::InvalidArgument, "invalid_argument", 400},
    ErrorCodeInfo{ErrorCode::Unauthorized, "unauthorized", 401},
    ErrorCodeInfo{ErrorCode::InvalidCredentials, "invalid_credentials", 401},
    ErrorCodeInfo{ErrorCode::Forbidden, "forbidden", 403},
    ErrorCodeInfo{ErrorCode::NotFound, "not_found", 404},
    ErrorCodeInfo{ErrorCode::UnknownTicket, "unknown_ticket", 404},
    ErrorCodeInfo{ErrorCode::UnknownCounter, "unknown_counter", 404},
    ErrorCodeInfo{ErrorCode::UnknownService, "unknown_service", 404},
    ErrorCodeInfo{ErrorCode::UnknownAppointment, "unknown_appointment", 404},
    ErrorCodeInfo{ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    ErrorCodeInfo{ErrorCode::ServiceUnavailable, "service_unavailable", 409},
    ErrorCodeInfo{ErrorCode::CounterClosed, "counter_closed", 409},
    ErrorCodeInfo{ErrorCode::CounterOnBreak, "counter_on_break", 409},
    ErrorCodeInfo{ErrorCode::ServiceUnstaffed, "service_unstaffed", 409},
    ErrorCodeInfo{ErrorCode::CounterBusy, "counter_busy", 409},
    ErrorCodeInfo{ErrorCode::CounterOccupied, "counter_occupied", 409},
    ErrorCodeInfo{ErrorCode::CounterIdle, "counter_idle", 409},
    ErrorCodeInfo{ErrorCode::CounterDoesNotServe, "counter_does_not_serve", 409},
    ErrorCodeInfo{ErrorCode::TicketNotWaiting, "ticket_not_waiting", 409},
    ErrorCodeInfo{ErrorCode::TicketAlreadyCalled, "ticket_already_called", 409},
    ErrorCodeInfo{ErrorCode::TicketNotCalled, "ticket_not_called", 409},
    ErrorCodeInfo{ErrorCode::TicketNotReactivatable, "ticket_not_reactivatable", 409},
    ErrorCodeInfo{ErrorCode::TicketFinished, "ticket_finished", 409},
    ErrorCodeInfo{ErrorCode::RecallTooSoon, "recall_too_soon", 409},
    ErrorCodeInfo{ErrorCode::PostponeLimitReached, "postpone_limit_reached", 409},
    ErrorCodeInfo{ErrorCode::OfficeClosed, "office_closed", 409},
    ErrorCodeInfo{ErrorCode::AppointmentAlreadyCheckedIn, "appointment_already_checked_in", 409},
    ErrorCodeInfo{ErrorCode::AppointmentNotToday, "appointment_not_today", 409},
    ErrorCodeInfo{ErrorCode::AppointmentCancelled, "appointment_cancelled", 409},
    ErrorCodeInfo{ErrorCode::CheckInTooEarly, "check_in_too_early", 409},
    ErrorCodeInfo{ErrorCode::CheckInTooLate, "check_in_too_late", 409},
    ErrorCodeInfo{ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    ErrorCodeInfo{ErrorCode::UpgradeRequired, "upgrade_required", 426},
    ErrorCodeInfo{ErrorCode::RateLimited, "rate_limited", 429},
    ErrorCodeInfo{ErrorCode::HeadersTooLarge, "headers_too_large", 431},
    ErrorCodeInfo{ErrorCode::Internal, "internal", 500},
    ErrorCodeInfo{ErrorCode::InternalAfterCommit, "internal_after_commit", 500},
    ErrorCodeInfo{ErrorCode::Busy, "busy", 503},
    ErrorCodeInfo{ErrorCode::Unavailable, "unavailable", 503},
};

namespace detail {
constexpr bool table_follows_enumeration() {
  for (std::size_t i = 0; i < kErrorCodes.size(); ++i)
    if (static_cast<std::size_t>(kErrorCodes[i].code) != i) return false;
  return kErrorCodes.size() == static_cast<std::size_t>(ErrorCode::Unknown);
}
static_assert(table_follows_enumeration(), "kErrorCodes lists every ErrorCode once, in enumeration order");
}  // namespace detail

[[nodiscard]] constexpr std::string_view error_name(ErrorCode code) {
  return code == ErrorCode::Unknown ? std::string_view("unknown") : kErrorCodes[static_cast<std::size_t>(code)].name;
}

[[nodiscard]] constexpr int http_status(ErrorCode code) {
  return code == ErrorCode::Unknown ? 500 : kErrorCodes[static_cast<std::size_t>(code)].http_status;
}

// The code of a wire name; Unknown for a name this build does not know.
[[nodiscard]] constexpr ErrorCode parse_error_code(std::string_view name) {
  for (const auto& info : kErrorCodes)
    if (info.name == name) return info.code;
  return ErrorCode::Unknown;
}

}  // namespace civiq::protocol
