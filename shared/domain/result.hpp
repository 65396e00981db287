// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Result<T>: a value or a DomainError, shaped like std::expected (switch to it with C++23).
// A broken business rule is a value, never an exception. Thread rule: plain value type.
#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "berlin_time.hpp"

namespace civiq::domain {

// One code per business rule. server/http/error_map.cpp maps each to an HTTP status and a stable string.
enum class ErrorCode {
  InvalidArgument,      // a value outside what the rule allows (e.g. postpone by 0 places)
  UnknownService,
  ServiceUnavailable,   // service exists but is inactive
  UnknownCounter,
  UnknownTicket,
  UnknownAppointment,
  AppointmentCancelled,
  CounterClosed,
  CounterOnBreak,       // the counter's clerk is on a break: it calls nobody
  ServiceUnstaffed,     // stopping to call would leave waiting citizens without any counter
  CounterBusy,          // the counter still has a called or serving ticket
  CounterOccupied,      // the counter is open for another clerk
  CounterIdle,          // the action needs a current ticket and the counter has none
  CounterDoesNotServe,  // the counter does not serve the ticket's service
  TicketNotWaiting,
  TicketAlreadyCalled,
  TicketNotCalled,
  TicketNotReactivatable,
  TicketFinished,       // done, cancelled or no-show: nothing more can happen to it
  RecallTooSoon,
  PostponeLimitReached,
  OfficeClosed,
  AppointmentAlreadyCheckedIn,
  AppointmentNotToday,
  CheckInTooEarly,
  CheckInTooLate,
};

struct DomainError {
  ErrorCode code;
  std::string detail;
  // The moment the refusal names, where it names one: when check-in opens (CheckInTooEarly), the
  // appointment's time (AppointmentNotToday). Clients word it themselves, in their language.
  std::optional<TimePoint> at = std::nullopt;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}                // NOLINT: implicit like std::expected
  Result(DomainError error) : state_(std::move(error)) {}      // NOLINT
  Result(ErrorCode code, std::string detail = {}) : state_(DomainError{code, std::move(detail)}) {}
  Result(ErrorCode code, std::string detail, TimePoint at) : state_(DomainError{code, std::move(detail), at}) {}

  [[nodiscard]] bool has_value() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return has_value(); }
  [[nodiscard]] const T& value() const& { assert(has_value()); return std::get<T>(state_); }
  [[nodiscard]] T& value() & { assert(has_value()); return std::get<T>(state_); }
  [[nodiscard]] T&& value() && { assert(has_value()); return std::get<T>(std::move(state_)); }
  [[nodiscard]] const DomainError& error() const { assert(!has_value()); return std::get<DomainError>(state_); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T operator*() && { return std::move(*this).value(); }  // no dangling reference into a temporary
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, DomainError> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(DomainError error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  Result(ErrorCode code, std::string detail = {}) : error_{code, std::move(detail)}, ok_(false) {}
  Result(ErrorCode code, std::string detail, TimePoint at) : error_{code, std::move(detail), at}, ok_(false) {}

  [[nodiscard]] bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  [[nodiscard]] const DomainError& error() const { assert(!ok_); return error_; }

 private:
  DomainError error_{ErrorCode::InvalidArgument, {}};
  bool ok_ = true;
};

}  // namespace civiq::domain
