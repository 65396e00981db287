// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_setup.hpp"

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <unistd.h>

#include "json_writer.hpp"

namespace civiq::bench {
namespace {

[[noreturn]] void fail(std::string_view what, const HttpResponse& response) {
  throw std::runtime_error(std::string(what) + ": HTTP " + std::to_string(response.status) + " " +
                           response.body.substr(0, 300));
}

}  // namespace

ServerTarget make_target(const std::string& address, unsigned short port) {
  ServerTarget target{tcp::endpoint(asio::ip::make_address(address), port), {}};
  target.host = host_header(target.endpoint);
  return target;
}

std::string issue_body(int service_id) { return R"({"service_id":)" + std::to_string(service_id) + "}"; }

std::string run_id() {
  return std::to_string(getpid()) + "-" + std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
}

std::vector<std::string> issue_tickets(HttpConnection& conn, const ServerTarget& target, std::string_view kiosk_token,
                                       int count, int services, std::string_view key_prefix) {
  std::vector<std::string> tokens;
  tokens.reserve(static_cast<std::size_t>(std::max(count, 0)));
  for (int i = 0; i < count; ++i) {
    const auto key = std::string(key_prefix) + "-" + std::to_string(i);
    const auto raw = format_request({"POST", "/api/v1/tickets", target.host, kiosk_token, key},
                                    issue_body(1 + i % std::max(services, 1)));
    const auto response = conn.request_sync(raw);
    if (response.status != 201) fail("issuing a ticket", response);
    auto token = find_string_field(response.body, "token");
    if (!token) fail("issue reply without a token", response);
    tokens.push_back(std::move(*token));
  }
  return tokens;
}

std::string login(HttpConnection& conn, const ServerTarget& target, std::string_view user, std::string_view password) {
  JsonObject body;
  body.add("user", user).add("password", password);
  const auto response = conn.request_sync(format_request({"POST", "/api/v1/auth/login", target.host, {}, {}}, body.str()));
  if (response.status != 200) fail("login", response);
  auto token = find_string_field(response.body, "token");
  if (!token) fail("login reply without a token", response);
  return *token;
}

HttpResponse counter_action(HttpConnection& conn, const ServerTarget& target, std::string_view session, int counter,
                            std::string_view action, std::initializer_list<int> accepted) {
  const auto path = "/api/v1/counters/" + std::to_string(counter) + "/" + std::string(action);
  auto response = conn.request_sync(format_request({"POST", path, target.host, session, {}}));
  if (std::find(accepted.begin(), accepted.end(), response.status) == accepted.end())
    fail("counter " + std::to_string(counter) + " " + std::string(action), response);
  return response;
}

}  // namespace civiq::bench
