// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Device health: kiosks and displays report their state (POST /api/v1/devices/self/status), staff
// read it (GET /api/v1/devices, the "devices" topic, /metrics). See app/device_board.hpp.
#include <chrono>

#include "api_context.hpp"
#include "protocol/event_frame.hpp"
#include "responses.hpp"
#include "subscriptions.hpp"

namespace civiq::http {
namespace {

std::vector<app::EnrolledDevice> reporting_devices(ApiContext& ctx) {
  std::vector<app::EnrolledDevice> devices;
  for (auto& row : ctx.authenticator.active_devices())
    if (row.kind == "kiosk" || row.kind == "display") devices.push_back({std::move(row.name), std::move(row.kind)});
  return devices;
}

}  // namespace

protocol::DeviceHealthList device_health(ApiContext& ctx) {
  return ctx.devices.health(reporting_devices(ctx), std::chrono::steady_clock::now());
}

void publish_device_health(ApiContext& ctx) {
  const std::string topic(protocol::topic::kDevices);
  const auto list = device_health(ctx);
  // Taken even without subscribers: a clerk who subscribes later gets the snapshot anyway.
  if (!ctx.devices.take_if_changed(list) || !ctx.hub.has_subscribers(topic)) return;
  ctx.hub.publish(topic, state_frame(ctx.office, topic, protocol::frame_kind::kUpdate, protocol::to_json(list)), topic);
}

void add_device_routes(Router& router, ApiContext& ctx) {
  router.add(route::kDeviceStatus, Access::Device, false, [&ctx](Call& call, Reply reply) {
    auto report = parse_body<protocol::DeviceStatusReport>(call, reply);
    if (!report) return;
    if (const auto problem = app::check_report(*report); !problem.empty())
      return reply(error_response(ErrorCode::InvalidArgument, problem));
    ctx.devices.report(call.principal.name, std::move(*report), call.now, std::chrono::steady_clock::now());
    publish_device_health(ctx);
    reply(no_content());
  });

  router.add(route::kDevices, Access::Clerk, false,
             [&ctx](Call&, Reply reply) { reply(json_response(200, device_health(ctx))); });
}

}  // namespace civiq::http
