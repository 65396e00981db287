// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What route handlers share: the office (only on its worker), the workers, authentication, the
// subscriber hub and the configuration. Owned by the server's main; handlers hold references.
#include "app/branch_config.hpp"
#include "app/device_board.hpp"
#include "app/figure_reports.hpp"
#include "app/metrics.hpp"
#include "app/office_clock.hpp"
#include "app/office_service.hpp"
#include "app/serial_worker.hpp"
#include "app/topic_hub.hpp"
#include "auth/authenticator.hpp"
#include "net/static_files.hpp"
#include "router.hpp"

namespace civiq::http {

struct ApiContext {
  const app::BranchConfig& config;
  app::OfficeService& office;        // office worker only
  auth::Authenticator& authenticator;  // office worker only
  app::SerialWorker& office_worker;
  app::SerialWorker& password_worker;  // argon2id checks, off the office worker
  app::TopicHub& hub;
  const net::StaticFiles& web_files;     // the live-ticket page
  const net::StaticFiles& manage_files;  // the manager's dashboard
  app::Metrics& metrics;
  const app::OfficeClock& clock;
  app::DeviceBoard& devices;  // office worker only
  app::SerialWorker& report_worker;  // statistics, off the office worker
  app::FigureReports& reports;       // report worker only
};

void add_ticket_routes(Router& router, ApiContext& context);
void add_counter_routes(Router& router, ApiContext& context);
void add_device_routes(Router& router, ApiContext& context);
// The kiosks' and displays' health now; sends a "devices" update when what staff act on changed
// (a report, a device falling silent: the worker's tick calls this). Office worker only.
protocol::DeviceHealthList device_health(ApiContext& context);
void publish_device_health(ApiContext& context);
void add_staff_routes(Router& router, ApiContext& context);
void add_manage_routes(Router& router, ApiContext& context);
void add_metrics_route(Router& router, ApiContext& context);
void add_openapi_route(Router& router);
// Whether a subscription to the topics of `request` would be refused, and how (office worker only).
using TopicCheck = std::function<std::optional<net::HttpResponse>(const net::HttpRequest& request, domain::TimePoint now)>;
void add_event_route(Router& router, TopicCheck check);
void add_static_routes(Router& router, const net::StaticFiles& live_ticket, const net::StaticFiles& dashboard);

}  // namespace civiq::http
