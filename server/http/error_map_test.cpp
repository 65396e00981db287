// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "http/error_map.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

namespace civiq::http {
namespace {

using domain::ErrorCode;
using P = protocol::ErrorCode;

constexpr int kFirst = static_cast<int>(ErrorCode::InvalidArgument);
constexpr int kLast = static_cast<int>(ErrorCode::CheckInTooLate);

bool is_snake_case(std::string_view text) {
  if (text.empty() || text.front() == '_' || text.back() == '_') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_' && text[i + 1] == '_') return false;
    if (c != '_' && (c < 'a' || c > 'z')) return false;
  }
  return true;
}

TEST_CASE("every domain error maps to its own protocol code with a 4xx status") {
  static_assert(kFirst == 0, "ErrorCode::InvalidArgument is expected to be the first code");
  std::set<P> codes;
  for (int i = kFirst; i <= kLast; ++i) {
    const P mapped = map_error(static_cast<ErrorCode>(i));
    CAPTURE(i);
    CAPTURE(std::string(protocol::error_name(mapped)));
    CHECK(protocol::http_status(mapped) >= 400);
    CHECK(protocol::http_status(mapped) <= 499);
    CHECK(codes.insert(mapped).second);  // no two rules share a code
  }
}

TEST_CASE("the protocol's table: unique snake_case names, statuses that say what happened") {
  std::set<std::string_view> names;
  for (const auto& info : protocol::kErrorCodes) {
    CAPTURE(std::string(info.name));
    CHECK(is_snake_case(info.name));
    CHECK(names.insert(info.name).second);
    CHECK(info.http_status >= 400);
    CHECK(info.http_status <= 599);
    CHECK(protocol::parse_error_code(info.name) == info.code);
  }
}

TEST_CASE("the statuses clients rely on") {
  const struct {
    ErrorCode code;
    int status;
    const char* text;
  } cases[] = {
      {ErrorCode::InvalidArgument, 400, "invalid_argument"},
      {ErrorCode::UnknownService, 404, "unknown_service"},
      {ErrorCode::UnknownCounter, 404, "unknown_counter"},
      {ErrorCode::UnknownTicket, 404, "unknown_ticket"},
      {ErrorCode::UnknownAppointment, 404, "unknown_appointment"},
      {ErrorCode::AppointmentCancelled, 409, "appointment_cancelled"},
      {ErrorCode::CounterBusy, 409, "counter_busy"},
      {ErrorCode::TicketAlreadyCalled, 409, "ticket_already_called"},
      {ErrorCode::OfficeClosed, 409, "office_closed"},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.text));
    const P mapped = map_error(c.code);
    CHECK(protocol::http_status(mapped) == c.status);
    CHECK(protocol::error_name(mapped) == c.text);
  }
}

TEST_CASE("a name from a newer server reads as Unknown") {
  CHECK(protocol::parse_error_code("printer_on_fire") == P::Unknown);
  CHECK(protocol::http_status(P::Unknown) == 500);
}

TEST_CASE("a value outside the enum is an internal error, not a client error") {
  const P mapped = map_error(static_cast<ErrorCode>(kLast + 1));
  CHECK(mapped == P::Internal);
  CHECK(protocol::http_status(mapped) == 500);
}

}  // namespace
}  // namespace civiq::http
