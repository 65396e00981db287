// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// GET /metrics: Prometheus text format for the manager role, or for anyone on the server itself
// (a local Prometheus or node exporter scraping without a token).
#include <fmt/format.h>

#include "api_context.hpp"
#include "responses.hpp"

namespace civiq::http {
namespace {

bool from_this_machine(const net::HttpRequest& request) {
  return request.remote_address == "127.0.0.1" || request.remote_address == "::1";
}

std::string queue_gauges(const app::OfficeService& office, std::size_t subscribers) {
  const auto& queue = office.queue();
  std::map<domain::ServiceId, int> waiting, issued;
  for (const auto& [id, ticket] : queue.tickets()) {
    ++issued[ticket.services.front()];
    if (ticket.status == domain::TicketStatus::Waiting) ++waiting[ticket.service()];
  }
  std::string out =
      "# HELP civiq_tickets_issued_today Tickets issued today, by first service.\n"
      "# TYPE civiq_tickets_issued_today gauge\n";
  for (const auto& service : queue.catalog().services)
    out += fmt::format("civiq_tickets_issued_today{{service=\"{}\"}} {}\n", service.id.value, issued[service.id]);
  out += "# HELP civiq_waiting_tickets Tickets waiting now, by current service.\n# TYPE civiq_waiting_tickets gauge\n";
  for (const auto& service : queue.catalog().services)
    out += fmt::format("civiq_waiting_tickets{{service=\"{}\"}} {}\n", service.id.value, waiting[service.id]);
  int open = 0;
  for (const auto& [id, counter] : queue.counters()) open += counter.open ? 1 : 0;
  out += fmt::format("# HELP civiq_open_counters Counters open now.\n# TYPE civiq_open_counters gauge\n"
                     "civiq_open_counters {}\n",
                     open);
  out += fmt::format("# HELP civiq_websocket_subscribers Connected event subscribers.\n"
                     "# TYPE civiq_websocket_subscribers gauge\nciviq_websocket_subscribers {}\n",
                     subscribers);
  return out;
}

// A label value in the exposition format: backslash, double quote and newline escaped. Device names
// come from the admin's enrolment, not from requests, so they add no unbounded series.
std::string label_value(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\\' || c == '"') out += '\\';
    out += c == '\n' ? std::string("\\n") : std::string(1, c);
  }
  return out;
}

std::string device_gauges(const protocol::DeviceHealthList& list) {
  std::string up =
      "# HELP civiq_device_up An enrolled kiosk or display that reported within twice its promised interval.\n"
      "# TYPE civiq_device_up gauge\n";
  std::string silent =
      "# HELP civiq_device_seconds_since_report Seconds since the device's last status report.\n"
      "# TYPE civiq_device_seconds_since_report gauge\n";
  std::string problems =
      "# HELP civiq_device_problem What staff should look at (paper_low, paper_empty, unreachable, ...).\n"
      "# TYPE civiq_device_problem gauge\n";
  for (const auto& device : list.devices) {
    const auto labels = fmt::format("device=\"{}\",kind=\"{}\"", label_value(device.name), device.kind);
    up += fmt::format("civiq_device_up{{{}}} {}\n", labels, device.status == "ok" || device.status == "attention" ? 1 : 0);
    if (device.silent_s) silent += fmt::format("civiq_device_seconds_since_report{{{}}} {}\n", labels, *device.silent_s);
    for (const auto& problem : device.problems)
      problems += fmt::format("civiq_device_problem{{{},problem=\"{}\"}} 1\n", labels, problem);
  }
  return up + silent + problems;
}

}  // namespace

void add_metrics_route(Router& router, ApiContext& ctx) {
  router.add(route::kMetrics, Access::Public, false, [&ctx](Call& call, Reply reply) {
                if (!from_this_machine(call.request) && !call.principal.is_staff(auth::Role::Manager))
                  return reply(error_response(call.principal.kind == auth::Principal::Kind::Anonymous
                                                  ? ErrorCode::Unauthorized
                                                  : ErrorCode::Forbidden,
                                              "metrics are for managers or the server itself"));
                std::string body = queue_gauges(ctx.office, ctx.hub.peer_count());
                body += device_gauges(device_health(ctx));
                ctx.metrics.render(body);
                reply({200, "text/plain; version=0.0.4; charset=utf-8", std::move(body), {}});
              });
}

}  // namespace civiq::http
