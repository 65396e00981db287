// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The machine-readable description of the branch API: an OpenAPI 3.1 document built from the one
// definition of each route (routes.hpp), message (messages.hpp) and error code (error_code.hpp), so
// it cannot drift from what the server does. openapi.cpp holds the one table saying which request
// body and reply each route has; openapi_builder.hpp, shared with central booking's document
// (booking_openapi.hpp), turns it into the document. Served at GET /api/v1/openapi.json and committed as
// docs/openapi.json (`civiq-server --print-openapi`; tests/openapi fails when that copy is stale).
// Thread rule: pure functions.
#include <boost/json/value.hpp>
#include <string>

namespace civiq::protocol {

[[nodiscard]] boost::json::value openapi_json();

// Compact: what the server sends.
[[nodiscard]] std::string openapi_document();

// The same document indented by two spaces, keys in document order, arrays of plain values on one
// line, ending in a newline: the exact bytes of docs/openapi.json.
[[nodiscard]] std::string openapi_document_pretty();

}  // namespace civiq::protocol
