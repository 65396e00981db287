// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Clerk routes at a counter: open, call next, recall, start, finish (with its outcome), no-show, park,
// transfer (with a note), call a given ticket, reactivate, a break, close, and the emergency alarm.
// Each answers with the counter after the change. And the office's break reasons.
#include "api_context.hpp"
#include "app/views.hpp"
#include "idempotency.hpp"
#include "responses.hpp"

namespace civiq::http {
namespace {

using domain::CounterActor;
using domain::CounterId;
using domain::OfficeQueue;
using domain::Result;
using domain::Events;
using domain::TimePoint;

// A counter action without a body: a pointer to the OfficeQueue command.
using SimpleAction = Result<Events> (OfficeQueue::*)(CounterId, const CounterActor&, TimePoint) const;

// The wire's names of how a service ended.
std::optional<domain::ServiceOutcome> service_outcome(std::string_view name) {
  if (name == "served") return domain::ServiceOutcome::Served;
  if (name == "not_served") return domain::ServiceOutcome::NotServed;
  return std::nullopt;
}

CounterActor counter_actor(const Call& call) {
  return {call.principal.actor(), call.principal.is_staff(auth::Role::Manager)};
}

// Runs the decided command at counter {id} and replies with the counter (or the error). A retry with
// the Idempotency-Key of a command that was stored changes nothing and answers with the counter as
// it is now: a clerk whose "call next" reply was lost never calls a second citizen.
template <class Decide>
void run_counter_action(ApiContext& ctx, Call& call, const Reply& reply, Decide decide, bool no_content_when_nothing) {
  const auto id = id_param(call, reply, ErrorCode::UnknownCounter);
  if (!id) return;
  const CounterId counter{*id};
  const auto key = idempotency_key(call, reply);
  if (!key) return;
  if (*key && ctx.office.find_idempotent(**key)) {
    auto response = json_response(200, app::counter_view(ctx.office, counter, call.now));
    mark_replayed(response);
    return reply(std::move(response));
  }
  const auto result =
      ctx.office.execute([&](const OfficeQueue& queue) { return decide(queue, counter); }, call.now, *key);
  if (!result) return reply(domain_error_response(result.error()));
  if (no_content_when_nothing && result->empty()) return reply(no_content());
  reply(json_response(200, app::counter_view(ctx.office, counter, call.now)));
}

void add_simple(Router& router, ApiContext& ctx, const protocol::RouteDef& action, SimpleAction command,
                bool empty_is_204 = false) {
  router.add({std::string(action.method), std::string(action.pattern), Access::Clerk, false,
              [&ctx, command, empty_is_204](Call& call, Reply reply) {
                if (!parse_body<protocol::NoBody>(call, reply)) return;
                const auto who = counter_actor(call);
                run_counter_action(
                    ctx, call, reply,
                    [&](const OfficeQueue& queue, CounterId counter) { return (queue.*command)(counter, who, call.now); },
                    empty_is_204);
              }});
}

template <class Body, class Decide>
void add_with_body(Router& router, ApiContext& ctx, const protocol::RouteDef& action, Decide decide) {
  router.add({std::string(action.method), std::string(action.pattern), Access::Clerk, false,
              [&ctx, decide](Call& call, Reply reply) {
                const auto body = parse_body<Body>(call, reply);
                if (!body) return;
                const auto who = counter_actor(call);
                run_counter_action(
                    ctx, call, reply,
                    [&](const OfficeQueue& queue, CounterId counter) { return decide(queue, counter, *body, who, call.now); },
                    false);
              }});
}

}  // namespace

void add_counter_routes(Router& router, ApiContext& ctx) {
  router.add(route::kCounters, Access::Clerk, false,
             [&ctx](Call& call, Reply reply) { reply(json_response(200, app::counter_list(ctx.office, call.now))); });

  add_simple(router, ctx, route::kCounterOpen, &OfficeQueue::open_counter);
  add_simple(router, ctx, route::kCounterCallNext, &OfficeQueue::call_next, true);
  add_simple(router, ctx, route::kCounterRecall, &OfficeQueue::recall);
  add_simple(router, ctx, route::kCounterStart, &OfficeQueue::start);
  add_with_body<protocol::FinishRequest>(
      router, ctx, route::kCounterFinish,
      [](const OfficeQueue& q, CounterId counter, const protocol::FinishRequest& body, const CounterActor& who,
         TimePoint now) -> Result<Events> {
        const auto outcome = service_outcome(body.outcome.value_or("served"));
        if (!outcome) return {domain::ErrorCode::InvalidArgument, "outcome: expected served or not_served"};
        return q.finish(counter, who, now, *outcome);
      });
  add_simple(router, ctx, route::kCounterNoShow, &OfficeQueue::no_show);
  add_simple(router, ctx, route::kCounterPark, &OfficeQueue::park);

  add_with_body<protocol::TransferRequest>(
      router, ctx, route::kCounterTransfer,
      [](const OfficeQueue& q, CounterId counter, const protocol::TransferRequest& body, const CounterActor& who,
         TimePoint now) { return q.transfer(counter, {body.service_id, body.counter_id, body.note}, who, now); });
  add_with_body<protocol::TicketRef>(router, ctx, route::kCounterCall,
                                     [](const OfficeQueue& q, CounterId counter, const protocol::TicketRef& body,
                                        const CounterActor& who, TimePoint now) {
                                       return q.call(counter, body.ticket_id, who, now);
                                     });
  // Closing and a break stop the counter calling: once the command itself has decided to go ahead,
  // the office's staffing rule has its say.
  const auto unless_unstaffed = [](const OfficeQueue& q, CounterId counter, bool confirmed, Result<Events> decided) {
    if (!decided || decided->empty()) return decided;
    if (auto refused = q.staffing_check(counter, confirmed)) return Result<Events>{*refused};
    return decided;
  };
  add_with_body<protocol::CloseRequest>(
      router, ctx, route::kCounterClose,
      [unless_unstaffed](const OfficeQueue& q, CounterId counter, const protocol::CloseRequest& body,
                         const CounterActor& who, TimePoint now) {
        return unless_unstaffed(q, counter, body.despite_unstaffed.value_or(false), q.close_counter(counter, who, now));
      });
  add_with_body<protocol::BreakRequest>(
      router, ctx, route::kCounterBreak,
      [unless_unstaffed](const OfficeQueue& q, CounterId counter, const protocol::BreakRequest& body,
                         const CounterActor& who, TimePoint now) {
        return unless_unstaffed(q, counter, body.despite_unstaffed.value_or(false),
                                q.start_break(counter, body.reason, who, now));
      });
  add_simple(router, ctx, route::kCounterBreakEnd, &OfficeQueue::end_break);
  router.add(route::kBreakReasons, Access::Clerk, false,
             [&ctx](Call& call, Reply reply) {
               const std::string language(call.request.query_param("lang").value_or("de"));
               protocol::BreakReasonList list;
               for (const auto& reason : ctx.config.break_reasons) list.reasons.push_back({reason.id, reason.name(language)});
               reply(json_response(200, list));
             });
  const auto alarm = [](auto command) {
    return [command](const OfficeQueue& q, CounterId counter, const protocol::NoBody&, const CounterActor& who,
                     TimePoint now) { return (q.*command)(counter, who.actor, now); };
  };
  add_with_body<protocol::NoBody>(router, ctx, route::kCounterAlarm, alarm(&OfficeQueue::raise_alarm));
  add_with_body<protocol::NoBody>(router, ctx, route::kCounterAlarmAcknowledge, alarm(&OfficeQueue::acknowledge_alarm));
  add_with_body<protocol::TicketRef>(router, ctx, route::kCounterReactivate,
                                     [](const OfficeQueue& q, CounterId counter, const protocol::TicketRef& body,
                                        const CounterActor& who, TimePoint now) {
                                       return q.reactivate(counter, body.ticket_id, who, now);
                                     });
}

}  // namespace civiq::http
