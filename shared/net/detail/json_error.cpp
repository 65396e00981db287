// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/json_error.hpp"

#include <cstdio>
#include <string>

namespace civiq::net::detail {
namespace {

void append_json_string(std::string& out, std::string_view text) {
  out.push_back('"');
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

}  // namespace

HttpResponse json_error(protocol::ErrorCode code, std::string_view message) {
  HttpResponse response;
  response.status = protocol::http_status(code);
  response.body = "{\"error\":";
  append_json_string(response.body, protocol::error_name(code));
  response.body += ",\"message\":";
  append_json_string(response.body, message);
  response.body += '}';
  return response;
}

HttpResponse internal_error_response() {
  return json_error(protocol::ErrorCode::Internal, "internal server error");
}

}  // namespace civiq::net::detail
