// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Public and kiosk routes: health, services, drawing a ticket, appointment check-in, and the live
// ticket (status, cancel, postpone) addressed by its unguessable token.
#include <fmt/format.h>

#include <algorithm>

#include "api_context.hpp"
#include "app/views.hpp"
#include "auth/secrets.hpp"
#include "idempotency.hpp"
#include "responses.hpp"

namespace civiq::http {
namespace {

void issue_and_reply(ApiContext& ctx, Call& call, const Reply& reply, domain::IssueTicket command) {
  const auto key = idempotency_key(call, reply);
  if (!key) return;
  if (*key)
    if (const auto existing = ctx.office.find_idempotent(**key); existing && existing->ticket) {
      auto response =
          json_response(201, app::issued_ticket(ctx.office, *ctx.office.queue().find(*existing->ticket), call.now));
      mark_replayed(response);
      return reply(std::move(response));
    }
  const auto& offered = ctx.config.languages;
  if (std::find(offered.begin(), offered.end(), command.language) == offered.end())
    return reply(error_response(ErrorCode::InvalidArgument, "language must be one this office offers: " +
                                                              fmt::format("{}", fmt::join(offered, ", "))));
  command.token = auth::random_token(auth::kTicketTokenBytes);
  const auto actor = call.principal.actor();
  const auto result = ctx.office.execute(
      [&](const domain::OfficeQueue& queue) { return queue.issue(command, actor, call.now); }, call.now, *key);
  if (!result) return reply(domain_error_response(result.error()));
  const auto ticket = ctx.office.queue().find(*domain::event_ticket(result->front().body));
  reply(json_response(201, app::issued_ticket(ctx.office, *ticket, call.now)));
}

// Finds the live ticket of {token} or replies 404.
const domain::Ticket* ticket_of(ApiContext& ctx, const Call& call, const Reply& reply) {
  const auto* ticket = ctx.office.queue().find_by_token(call.params.at("token"));
  if (!ticket) reply(error_response(ErrorCode::UnknownTicket, "this ticket is unknown or from an earlier day"));
  return ticket;
}

void reply_with_ticket(ApiContext& ctx, const Call& call, const Reply& reply,
                       const domain::Result<domain::Events>& result, domain::TicketId id) {
  if (!result) return reply(domain_error_response(result.error()));
  reply(json_response(200, app::ticket_view(ctx.office, *ctx.office.queue().find(id), call.now)));
}

}  // namespace

void add_ticket_routes(Router& router, ApiContext& ctx) {
  router.add(route::kHealth, Access::Public, false,
              [&ctx](Call& call, Reply reply) { reply(json_response(200, app::health(ctx.office, call.now))); });

  router.add(route::kServices, Access::Public, false, [&ctx](Call& call, Reply reply) {
                const auto lang = call.request.query_param("lang");
                reply(json_response(200, app::service_list(ctx.office, std::string(lang.value_or("de")), call.now)));
              });

  router.add(route::kDisplay, Access::Display, false, [&ctx](Call& call, Reply reply) {
                reply(json_response(200, app::display_info(ctx.office, ctx.config, call.now)));
              });

  router.add(route::kKiosk, Access::Kiosk, false, [&ctx](Call& call, Reply reply) {
                reply(json_response(200, app::kiosk_info(ctx.office, ctx.config, call.now)));
              });

  router.add(route::kIssueTicket, Access::Kiosk, false, [&ctx](Call& call, Reply reply) {
                auto body = parse_body<protocol::IssueTicketRequest>(call, reply);
                if (!body) return;
                domain::IssueTicket command;
                command.services.push_back(body->service_id);
                if (body->additional_service_ids)
                  command.services.insert(command.services.end(), body->additional_service_ids->begin(),
                                          body->additional_service_ids->end());
                command.priority = body->priority.value_or(false);
                command.language = body->language.value_or("de");
                issue_and_reply(ctx, call, reply, std::move(command));
              });

  router.add(route::kCheckIn, Access::Kiosk, false, [&ctx](Call& call, Reply reply) {
                auto body = parse_body<protocol::CheckInRequest>(call, reply);
                if (!body) return;
                const auto appointment = ctx.office.find_appointment(call.params.at("code"));
                if (!appointment)
                  return reply(error_response(ErrorCode::UnknownAppointment, "no appointment with this code"));
                domain::IssueTicket command;
                command.language = body->language.value_or("de");
                command.appointment = &*appointment;
                issue_and_reply(ctx, call, reply, std::move(command));
              });

  router.add(route::kTicket, Access::Public, true, [&ctx](Call& call, Reply reply) {
                if (const auto* ticket = ticket_of(ctx, call, reply))
                  reply(json_response(200, app::ticket_view(ctx.office, *ticket, call.now)));
              });

  router.add(route::kTicketCancel, Access::Public, true, [&ctx](Call& call, Reply reply) {
                const auto* ticket = ticket_of(ctx, call, reply);
                if (!ticket || !parse_body<protocol::NoBody>(call, reply)) return;
                const auto id = ticket->id;
                const auto result = ctx.office.execute(
                    [&](const domain::OfficeQueue& q) { return q.cancel(id, call.principal.actor(), call.now); }, call.now);
                reply_with_ticket(ctx, call, reply, result, id);
              });

  router.add(route::kTicketPostpone, Access::Public, true, [&ctx](Call& call, Reply reply) {
                const auto* ticket = ticket_of(ctx, call, reply);
                if (!ticket) return;
                const auto body = parse_body<protocol::PostponeRequest>(call, reply);
                if (!body) return;
                const auto id = ticket->id;
                const auto result = ctx.office.execute(
                    [&](const domain::OfficeQueue& q) {
                      return q.postpone(id, body->places, call.principal.actor(), call.now);
                    },
                    call.now);
                reply_with_ticket(ctx, call, reply, result, id);
              });
}

}  // namespace civiq::http
