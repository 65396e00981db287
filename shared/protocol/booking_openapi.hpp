// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The machine-readable description of central booking's API (civiq-central): an OpenAPI 3.1
// document built, like the branch's (openapi.hpp), from the one definition of each route, message
// and error code (booking_messages.hpp, error_code.hpp). booking_openapi.cpp holds the one table
// saying what each route takes, answers and refuses; a compile-time check there makes it name every
// route of booking_route::kAll once. Served at GET /api/v1/booking/openapi.json and committed as
// docs/booking-openapi.json (`civiq-central --print-openapi`; the CTest central_openapi_documented
// fails when that copy is stale). Thread rule: pure functions.
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

namespace civiq::protocol {

// The version of the booking API's messages (info.version): raised when a message changes.
inline constexpr std::string_view kBookingApiVersion = "1.0.0";

[[nodiscard]] boost::json::value booking_openapi_json();

// Compact: what civiq-central sends.
[[nodiscard]] std::string booking_openapi_document();

// Indented (openapi::pretty): the exact bytes of docs/booking-openapi.json.
[[nodiscard]] std::string booking_openapi_document_pretty();

}  // namespace civiq::protocol
