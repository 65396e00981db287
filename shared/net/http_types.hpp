// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Plain request/response values exchanged between civiq_net and the application layer.
// No Asio/Beast here on purpose: the app layer must compile without them.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace civiq::net {

// One parsed HTTP request, owned by value.
// Invariant: `path` is the percent-decoded path of `target` without the query and never contains
// a NUL byte; `query` is the decoded query in request order ('+' decodes to a space); header names
// are lower-case. Thread rule: a plain value, no internal synchronisation.
struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string target;  // raw target incl. query: "/api/v1/tickets/abc?x=1"
  std::string path;    // decoded path without query
  std::vector<std::pair<std::string, std::string>> query;    // decoded query params, in order
  std::vector<std::pair<std::string, std::string>> headers;  // header names lower-cased
  std::string body;
  std::string remote_address;  // peer IP as text (IPv4-mapped IPv6 is shown as IPv4)

  // First header with this (lower-case) name.
  [[nodiscard]] std::optional<std::string_view> header(std::string_view lower_name) const;
  // First query parameter with this name (a parameter without '=' has an empty value).
  [[nodiscard]] std::optional<std::string_view> query_param(std::string_view name) const;
};

// A response as the application describes it; civiq_net adds Content-Length, `Server: civiq`,
// `Connection` and, for JSON without an explicit Cache-Control, `Cache-Control: no-store`.
// Invariant: none enforced here; an out-of-range status (not 100..999) is sent as 500, and extra
// headers containing CR/LF/NUL, or naming Content-Length/Transfer-Encoding/Connection, are dropped.
// Thread rule: a plain value; `until_sent` is released on whichever thread drops it.
struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  // Not sent. civiq_net keeps it until it has handed the response to the socket (or dropped the
  // response), then releases it, so the app can hold back other work until its reply is on the way.
  std::shared_ptr<const void> until_sent = {};
};

}  // namespace civiq::net
