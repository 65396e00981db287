// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Staff routes beyond the counter: sign in and out, the queue, and today's appointments.
#include "api_context.hpp"
#include "app/views.hpp"
#include "auth/secrets.hpp"
#include "responses.hpp"
#include "stream_credentials.hpp"

namespace civiq::http {
namespace {

constexpr std::size_t kMaxAppointmentsPerImport = 2000;

void login(ApiContext& ctx, Call& call, const Reply& reply) {
  auto body = parse_body<protocol::LoginRequest>(call, reply);
  if (!body) return;
  auto pending = ctx.authenticator.find_login(body->user);
  // Verify off the office worker: argon2id takes ~0.1 s and must not stall the queue. An unknown
  // user is checked against a dummy hash so timing does not reveal which names exist; making that
  // hash is an argon2id run too, so it happens on the password worker as well.
  ctx.password_worker.post([&ctx, reply, pending, password = std::move(body->password), now = call.now] {
    static const std::string kDummyHash = auth::hash_password("civiq-timing-equaliser");
    const bool ok = auth::verify_password(pending ? pending->password_hash : kDummyHash, password) && pending.has_value();
    ctx.office_worker.post([&ctx, reply, pending, ok, now] {
      if (!ok) return reply(error_response(ErrorCode::InvalidCredentials, "user name or password is wrong"));
      const auto session = ctx.authenticator.open_session(*pending, now);
      reply(json_response(200, protocol::LoginResponse{session.token, auth::role_name(session.role), session.expires_at}));
    });
  });
}

// The import's records as appointments, or a 400 naming the first bad record and its field
// (nothing is imported then: the import is all or nothing).
std::optional<std::vector<domain::Appointment>> to_appointments(const protocol::AppointmentImport& body,
                                                                domain::TimePoint now, const Reply& reply) {
  if (body.appointments.size() > kMaxAppointmentsPerImport) {
    reply(error_response(ErrorCode::InvalidArgument, "at most 2000 appointments per request"));
    return std::nullopt;
  }
  std::vector<domain::Appointment> appointments;
  for (std::size_t i = 0; i < body.appointments.size(); ++i) {
    const auto& input = body.appointments[i];
    const std::string record = "appointments[" + std::to_string(i) + "]";
    if (input.code.empty() || input.code.size() > 64) {
      reply(error_response(ErrorCode::InvalidArgument, record + ": code: needs 1 to 64 characters"));
      return std::nullopt;
    }
    if (input.service_ids.empty()) {
      reply(error_response(ErrorCode::InvalidArgument, record + " (" + input.code + "): service_ids: needs a service"));
      return std::nullopt;
    }
    domain::Appointment appointment{input.code, input.service_ids, input.time, input.name.value_or(""),
                                    input.cancelled.value_or(false)};
    if (auto importable = domain::check_importable(appointment, now, domain::ImportWindow{}); !importable) {
      reply(error_response(ErrorCode::InvalidArgument, record + " (" + input.code + "): " + importable.error().detail));
      return std::nullopt;
    }
    appointments.push_back(std::move(appointment));
  }
  return appointments;
}

}  // namespace

void add_staff_routes(Router& router, ApiContext& ctx) {
  router.add(route::kLogin, Access::Public, true,
              [&ctx](Call& call, Reply reply) { login(ctx, call, reply); });

  router.add(route::kMe, Access::Authenticated, false, [](Call& call, Reply reply) {
    const auto& who = call.principal;
    protocol::Me me{who.kind == auth::Principal::Kind::Staff ? "staff" : "device", who.name, std::nullopt, std::nullopt,
                    std::nullopt, std::nullopt};
    if (who.kind == auth::Principal::Kind::Staff) {
      me.role = auth::role_name(who.role);
      me.expires_at = who.session_expires_at;
      me.expires_in_s = std::max<std::int64_t>(0, (who.session_expires_at - call.now).count());
    } else {
      me.device_kind = auth::device_kind_name(who.device);
    }
    reply(json_response(200, me));
  });

  router.add(route::kLogout, Access::Clerk, false, [&ctx](Call& call, Reply reply) {
                ctx.authenticator.close_session(call.principal);
                (void)end_streams_of_ended_credentials(ctx, call.now);  // this session's streams end now
                reply(no_content());
              });

  router.add(route::kQueue, Access::Clerk, false,
              [&ctx](Call& call, Reply reply) { reply(json_response(200, app::queue_view(ctx.office, call.now))); });

  router.add(route::kAppointments, Access::Clerk, false,
              [&ctx](Call&, Reply reply) {
                ctx.office.reload_appointments();
                reply(json_response(200, app::appointment_list(ctx.office)));
              });

  router.add(route::kImportAppointments, Access::Manager, false, [&ctx](Call& call, Reply reply) {
                const auto body = parse_body<protocol::AppointmentImport>(call, reply);
                if (!body) return;
                const auto appointments = to_appointments(*body, call.now, reply);
                if (!appointments) return;
                for (const auto& a : *appointments)
                  for (const auto service : a.services)
                    if (!ctx.office.queue().catalog().find_service(service))
                      return reply(error_response(ErrorCode::UnknownService,
                                                  "appointment " + a.code + " names unknown service " +
                                                      std::to_string(service.value)));
                ctx.office.import_appointments(*appointments, call.now);
                reply(json_response(200, protocol::ImportResult{static_cast<int>(appointments->size())}));
              });
}

}  // namespace civiq::http
