#include "http/error_map.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

namespace civiq::http {
namespace {

using domain::ErrorCode;

constexpr int kFirst = static_cast<int>(ErrorCode::InvalidArgument);
constexpr int kLast = static_cast<int>(ErrorCode::DuplicateTicketNumber);

bool is_snake_case(const std::string& text) {
  if (text.empty() || text.front() == '_' || text.back() == '_') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_' && text[i + 1] == '_') return false;
    if (c != '_' && (c < 'a' || c > 'z')) return false;
  }
  return true;
}

TEST_CASE("every domain error maps to a 4xx status and a unique snake_case code") {
  static_assert(kFirst == 0, "ErrorCode::InvalidArgument is expected to be the first code");
  std::set<std::string> codes;
  for (int i = kFirst; i <= kLast; ++i) {
    const auto code = static_cast<ErrorCode>(i);
    const HttpError mapped = map_error(code);
    CAPTURE(i);
    REQUIRE(mapped.code != nullptr);
    const std::string text = mapped.code;
    CAPTURE(text);
    CHECK(mapped.status >= 400);
    CHECK(mapped.status <= 499);
    CHECK(text != "internal");
    CHECK(is_snake_case(text));
    CHECK(codes.insert(text).second);  // unique
  }
  CHECK(codes.size() == static_cast<std::size_t>(kLast - kFirst + 1));
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
      {ErrorCode::CounterBusy, 409, "counter_busy"},
      {ErrorCode::TicketAlreadyCalled, 409, "ticket_already_called"},
      {ErrorCode::OfficeClosed, 409, "office_closed"},
      {ErrorCode::DuplicateTicketNumber, 409, "duplicate_ticket_number"},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.text));
    const HttpError mapped = map_error(c.code);
    CHECK(mapped.status == c.status);
    CHECK(std::string(mapped.code) == c.text);
  }
}

TEST_CASE("the protocol codes do not clash with the server's own error codes") {
  // Codes the HTTP and net layers produce themselves: a domain code must not reuse them.
  const std::set<std::string> reserved = {
      "internal",          "not_found",         "method_not_allowed", "unauthorized",     "invalid_credentials",
      "forbidden",         "rate_limited",      "invalid_request",    "upgrade_required", "unavailable",
      "payload_too_large", "headers_too_large",
  };
  for (int i = kFirst; i <= kLast; ++i) {
    const std::string text = map_error(static_cast<ErrorCode>(i)).code;
    CAPTURE(text);
    CHECK_FALSE(reserved.contains(text));
  }
}

TEST_CASE("a value outside the enum is an internal error, not a client error") {
  const HttpError mapped = map_error(static_cast<ErrorCode>(kLast + 1));
  CHECK(mapped.status == 500);
  CHECK(std::string(mapped.code) == "internal");
}

}  // namespace
}  // namespace civiq::http
