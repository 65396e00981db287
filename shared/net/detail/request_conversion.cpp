// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/request_conversion.hpp"

#include <algorithm>
#include <utility>

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/field.hpp>

#include "net/detail/json_error.hpp"
#include "net/detail/net_log.hpp"
#include "net/detail/target_parser.hpp"

namespace civiq::net::detail {
namespace {

constexpr int kMinStatus = 100;
constexpr int kMaxStatus = 999;
constexpr int kInternalError = 500;

std::string lower_case(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return out;
}

template <class Request>
std::optional<HttpRequest> convert(Request&& request, std::string remote_address) {
  auto target = parse_target(request.target());
  if (!target) {
    return std::nullopt;
  }
  HttpRequest out;
  out.method = std::string(request.method_string());
  out.target = std::string(request.target());
  out.path = std::move(target->path);
  out.query = std::move(target->query);
  for (const auto& field : request) {
    out.headers.emplace_back(lower_case(field.name_string()), std::string(field.value()));
  }
  out.body = std::forward<Request>(request).body();
  out.remote_address = std::move(remote_address);
  return out;
}

bool has_unsafe_char(std::string_view text) {
  return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

// Headers the network layer owns: letting the app set them could desynchronise the framing.
bool is_reserved_header(std::string_view name) {
  return beast::iequals(name, "content-length") || beast::iequals(name, "transfer-encoding") ||
         beast::iequals(name, "connection");
}

// 1xx, 204 and 304 responses carry neither a body nor a Content-Length.
bool status_forbids_body(unsigned status) { return status < 200 || status == 204 || status == 304; }

}  // namespace

std::optional<HttpRequest> to_http_request(BeastRequest&& request, std::string remote_address) {
  return convert(std::move(request), std::move(remote_address));
}

std::optional<HttpRequest> to_http_request(const BeastRequest& request,
                                           std::string remote_address) {
  return convert(request, std::move(remote_address));
}

BeastResponse to_beast_response(HttpResponse&& response, unsigned http_version, bool keep_alive,
                                bool head_request) {
  int status = response.status;
  if (status < kMinStatus || status > kMaxStatus) {
    log_net_error("response", "application returned an invalid HTTP status; sending 500");
    status = kInternalError;
  }
  BeastResponse out;
  out.version(http_version);
  out.result(static_cast<unsigned>(status));
  out.set(http::field::server, "civiq");
  if (!response.content_type.empty() && !has_unsafe_char(response.content_type)) {
    out.set(http::field::content_type, response.content_type);
  }
  bool app_sets_cache_control = false;
  for (auto& [name, value] : response.headers) {
    if (name.empty() || has_unsafe_char(name) || has_unsafe_char(value) ||
        is_reserved_header(name)) {
      log_net_error("response", "dropped an unsafe or reserved header set by the application");
      continue;
    }
    app_sets_cache_control = app_sets_cache_control || beast::iequals(name, "cache-control");
    out.insert(name, value);
  }
  const std::string_view type = response.content_type;
  if (!app_sets_cache_control && type.substr(0, 16) == "application/json") {
    out.set(http::field::cache_control, "no-store");
  }
  if (status_forbids_body(out.result_int())) {
    response.body.clear();
  } else {
    out.content_length(response.body.size());
    if (!head_request) {
      out.body() = std::move(response.body);
    }
  }
  out.keep_alive(keep_alive);
  return out;
}

BeastResponse closing_json_error(protocol::ErrorCode code, std::string_view message,
                                 unsigned http_version) {
  return to_beast_response(json_error(code, message), http_version, false, false);
}

}  // namespace civiq::net::detail
