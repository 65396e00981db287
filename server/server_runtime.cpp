// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "server_runtime.hpp"

#include <atomic>
#include <future>

#include "app/central_sync.hpp"
#include "app/fact_upload.hpp"
#include "app/log.hpp"
#include "app/office_service.hpp"
#include "app/serial_worker.hpp"
#include "app/topic_hub.hpp"
#include "auth/authenticator.hpp"
#include "auth/secrets.hpp"
#include "http/api.hpp"
#include "net/static_files.hpp"
#include "http/stream_credentials.hpp"
#include "net/http_server.hpp"
#include "storage/migrations.hpp"
#include "storage/retention.hpp"

namespace civiq {
namespace {

constexpr std::chrono::seconds kTickInterval{15};

// Daily chores: forget citizens' names and transfer notes after the retention period, drop expired
// sessions.
void housekeeping(const app::BranchConfig& config, storage::Database& db, auth::Authenticator& authenticator,
                  domain::TimePoint now) {
  const auto cutoff = now - std::chrono::days{config.personal_data_retention_days};
  const auto forgotten = storage::forget_personal_data_before(db, cutoff.time_since_epoch().count());
  if (forgotten.appointment_names || forgotten.event_personal_data)
    app::log("retention: forgot the names of {} appointments and the transfer notes of {} events",
             forgotten.appointment_names, forgotten.event_personal_data);
  authenticator.purge_expired(now);
}

}  // namespace

int run_server(const app::BranchConfig& config, const app::OfficeClock& clock) {
  auth::init_secrets();
  auto db = storage::Database::open(config.database_path);
  storage::migrate(db);
  app::OfficeService office(config, db);
  office.set_time_speed(clock.speed());
  auth::Authenticator authenticator(db);
  office.load(clock.now());

  app::TopicHub hub;
  std::optional<domain::TimePoint> last_housekeeping;
  // The API's context, once it exists (it needs the worker): the tick sweeps ended credentials.
  std::atomic<http::ApiContext*> api_context{nullptr};
  auto on_error = [](const char* what) { app::log("error: {}", what); };
  app::SerialWorker office_worker(
      kTickInterval,
      [&] {
        const auto now = clock.now();
        office.tick(now);
        // civiq-admin disables users and revokes devices in the database, from outside: their
        // open event streams end here, within one tick.
        if (auto* context = api_context.load()) {
          (void)http::end_streams_of_ended_credentials(*context, now);
          http::publish_device_health(*context);  // a kiosk that fell silent is told to staff
        }
        if (!last_housekeeping || now - *last_housekeeping > std::chrono::hours{24}) {
          housekeeping(config, db, authenticator, now);
          last_housekeeping = now;
        }
      },
      on_error);
  app::SerialWorker password_worker(std::chrono::hours{24}, {}, on_error);
  const net::StaticFiles web_files(config.web_root);
  const net::StaticFiles manage_files(config.manage_root);
  app::Metrics metrics;
  app::DeviceBoard devices;
  // Reports read on a connection of their own (WAL: readers never wait for the office's writes).
  auto report_db = storage::Database::open(config.database_path);
  storage::migrate(report_db);  // a no-op on the file migrated above; an in-memory database is new
  app::FigureReports reports(config, report_db);
  app::SerialWorker report_worker(std::chrono::hours{24}, {}, on_error);
  http::ApiContext context{config,       office,  authenticator, office_worker, password_worker, hub,    web_files,
                           manage_files, metrics, clock,         devices,       report_worker,   reports};
  api_context.store(&context);
  http::Api api(context);
  office.set_change_listener([&](const domain::Events& events, domain::TimePoint now) { api.publish_changes(events, now); });

  net::ServerOptions options;
  options.address = config.listen_address;
  options.port = config.listen_port;
  options.threads = config.threads;
  options.body_limit = config.body_limit_bytes;
  // Pulling the office's appointments from central booking, and sending it the office's facts, when
  // configured (docs/sync.md).
  std::optional<app::CentralSync> sync;
  std::optional<app::FactUpload> upload;
  if (!config.sync.central_url.empty()) {
    sync.emplace(config, office_worker, office, db, clock);
    upload.emplace(config, office_worker, db);
  }
  net::HttpServer server(options, api);
  app::log("civiq-server listening on http://{}:{}", config.listen_address, server.port());
  if (clock.speed() != 1.0) app::log("office clock runs {}x faster than real time", clock.speed());
  app::log("office {} ({}), database {}, live-ticket page from {} ({} files)", office.queue().catalog().office_name,
           config.office_id, config.database_path, config.web_root.string(), web_files.size());
  app::log("manager's dashboard (/manage) from {} ({} files)", config.manage_root.string(), manage_files.size());
  server.run();
  upload.reset();  // both wait for the office worker: stop them first
  sync.reset();
  // Network threads are joined: drain the workers before the office and database go away; reports
  // first, as they answer through the office worker.
  report_worker.stop();
  password_worker.stop();
  office_worker.stop();
  app::log("civiq-server stopped");
  return 0;
}

int print_routes(std::ostream& out) {
  // Routes do not touch their context until called, so a bare demo context is enough to list them.
  auth::init_secrets();
  const auto config = app::demo_branch_config();
  auto db = storage::Database::open(":memory:");
  storage::migrate(db);
  app::OfficeService office(config, db);
  auth::Authenticator authenticator(db);
  const app::OfficeClock office_clock;
  office.load(office_clock.now());
  app::TopicHub hub;
  app::SerialWorker office_worker(std::chrono::hours{24}, {}, [](const char*) {});
  app::SerialWorker password_worker(std::chrono::hours{24}, {}, [](const char*) {});
  const net::StaticFiles web_files(config.web_root);
  const net::StaticFiles manage_files(config.manage_root);
  app::Metrics metrics;
  app::DeviceBoard devices;
  app::SerialWorker report_worker(std::chrono::hours{24}, {}, [](const char*) {});
  app::FigureReports reports(config, db);
  http::ApiContext context{config,       office,  authenticator, office_worker, password_worker, hub,    web_files,
                           manage_files, metrics, office_clock,  devices,       report_worker,   reports};
  const http::Api api(context);
  for (const auto& route : api.router().routes()) out << route.method << ' ' << route.pattern << '\n';
  return 0;
}

}  // namespace civiq
