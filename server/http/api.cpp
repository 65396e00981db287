// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "api.hpp"

#include <algorithm>
#include <chrono>

#include "app/log.hpp"
#include "protocol/event_frame.hpp"
#include "responses.hpp"
#include "subscriptions.hpp"

namespace civiq::http {
namespace {

using Clock = std::chrono::steady_clock;

// How long a client told "busy" waits before trying again: a queue over its deadline drains in
// about that time.
constexpr std::chrono::seconds kRetryAfterBusy{1};

std::optional<std::string> bearer_token(const net::HttpRequest& request, bool allow_query) {
  if (const auto header = request.header("authorization")) {
    constexpr std::string_view kPrefix = "Bearer ";
    if (header->starts_with(kPrefix)) return std::string(header->substr(kPrefix.size()));
    return std::string{};  // present but not a bearer token: invalid
  }
  if (allow_query)
    if (const auto token = request.query_param("access_token")) return std::string(*token);
  return std::nullopt;
}

// The label of a request in metrics and log lines, from the route table, never from the request:
// made-up methods and paths share one label each, so junk cannot grow the series or the log lines.
std::string metric_label(const RouteMatch& match, bool head) {
  if (match.route) return (head ? std::string("HEAD") : match.route->method) + " " + match.route->pattern;
  return match.path_known ? "(method not allowed)" : "(unmatched)";
}

}  // namespace

Api::Api(ApiContext& context)
    : ctx_(context),
      public_limiter_(context.config.public_requests_per_minute),
      login_limiter_(context.config.login_attempts_per_minute),
      state_publisher_(context) {
  add_ticket_routes(router_, ctx_);
  add_counter_routes(router_, ctx_);
  add_device_routes(router_, ctx_);
  add_staff_routes(router_, ctx_);
  add_manage_routes(router_, ctx_);
  add_event_route(
      router_, [this](const net::HttpRequest& request, domain::TimePoint now) { return check_topics(request, now); });
  add_static_routes(router_, ctx_.web_files, ctx_.manage_files);
  add_metrics_route(router_, ctx_);
  add_openapi_route(router_);
}

void Api::handle(net::HttpRequest request, std::function<void(net::HttpResponse)> reply) {
  const auto started = Clock::now();
  auto match = router_.match(request.method, request.path);
  const std::string label = metric_label(match, request.method == "HEAD");
  Reply logged = [this, reply = std::move(reply), label, started](net::HttpResponse response) {
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
    ctx_.metrics.record_request(label, response.status, micros);
    app::log("http {} {} {:.1f}ms", label, response.status, static_cast<double>(micros.count()) / 1000.0);
    reply(std::move(response));
  };
  if (!match.route) {
    if (match.path_known) {
      auto response =
          error_response(ErrorCode::MethodNotAllowed, "this method is not allowed here; allowed: " + match.allow);
      response.headers.emplace_back("Allow", match.allow);  // RFC 9110 §15.5.6
      return logged(std::move(response));
    }
    return logged(error_response(ErrorCode::NotFound, "no such route"));
  }
  if (match.route->rate_limited) {
    // One budget per client for all live-ticket routes, a separate, smaller one for sign-in.
    const bool login = match.route->pattern == route::kLogin.pattern;
    auto& limiter = login ? login_limiter_ : public_limiter_;
    if (const auto retry = limiter.acquire(request.remote_address, Clock::now())) {
      auto response = error_response(ErrorCode::RateLimited, "too many requests; please try again shortly");
      response.headers.emplace_back("Retry-After", std::to_string(retry->count()));
      return logged(std::move(response));
    }
  }
  if (!match.route->needs_office) {
    Call call{request, std::move(match.params), {}, ctx_.clock.now()};
    return match.route->handler(call, logged);
  }
  on_office_worker([this, request = std::move(request), route = match.route, params = std::move(match.params),
                    logged]() mutable { run_on_office(request, *route, std::move(params), logged); },
                   [logged] { logged(busy_response()); });
}

void Api::run_on_office(const net::HttpRequest& request, const Route& route, std::map<std::string, std::string> params,
                        const Reply& reply) {
  const auto now = ctx_.clock.now();
  const auto auth = ctx_.authenticator.authenticate(bearer_token(request, false), now);
  if (route.access != Access::Public) {
    if (auth.check != auth::TokenCheck::Valid)
      return reply(error_response(ErrorCode::Unauthorized, auth.check == auth::TokenCheck::Missing
                                                               ? "this needs a sign-in or device token"
                                                               : "the token is invalid or expired"));
    if (!allowed(route.access, auth.principal))
      return reply(error_response(ErrorCode::Forbidden, "your role may not do this"));
  }
  Call call{request, std::move(params), auth.principal, now};
  // Every reply tells which office state it shows (the frames carry the same number). Handlers reply
  // on the office worker, also those that hop to the password worker and back. While state frames
  // are due, the reply holds them back until the network has taken it (issue #11).
  const Reply stamped = [this, reply](net::HttpResponse response) {
    response.headers.emplace_back("Event-Seq", std::to_string(ctx_.office.last_seq()));
    response.until_sent = state_publisher_.hold_for_reply();
    reply(std::move(response));
  };
  const auto commits_before = ctx_.office.commits();
  try {
    route.handler(call, stamped);
  } catch (const std::exception& error) {
    app::log("error {} {}: {}", request.method, route.pattern, error.what());
    // After a commit the change is stored: a client told "nothing changed" would retry and, say,
    // call a second citizen. Say what is true; the Idempotency-Key makes a retry safe.
    stamped(ctx_.office.commits() == commits_before
                ? error_response(ErrorCode::Internal, "the server could not complete this; nothing was changed")
                : error_response(ErrorCode::InternalAfterCommit,
                                 "the change was saved, but the answer could not be built; reload to see it"));
  }
}

void Api::on_office_worker(std::function<void()> task, std::function<void()> when_late) {
  ctx_.office_worker.post_before(Clock::now() + ctx_.config.queue_deadline, std::move(task), std::move(when_late));
}

net::HttpResponse Api::busy_response() {
  auto response = error_response(ErrorCode::Busy, "the server is busy; please try again in a moment");
  response.headers.emplace_back("Retry-After", std::to_string(kRetryAfterBusy.count()));
  return response;
}

void Api::check_upgrade(const net::HttpRequest& request, UpgradeDecision decide) {
  if (request.path != route::kEvents.pattern) return decide(error_response(ErrorCode::NotFound, "no WebSocket here"));
  // Topic and token checks need the office state: the worker decides, no network thread waits.
  on_office_worker(
      [this, request, decide] {
        try {
          decide(check_topics(request, ctx_.clock.now()));
        } catch (const std::exception& error) {
          app::log("error checking a WebSocket upgrade: {}", error.what());
          decide(error_response(ErrorCode::Internal, "the server could not check this subscription"));
        }
      },
      [decide] { decide(busy_response()); });
}

std::optional<net::HttpResponse> Api::check_topics(const net::HttpRequest& request, domain::TimePoint now) {
  const auto topics = parse_topics(request.query_param("topics").value_or(""));
  if (!topics) return error_response(ErrorCode::InvalidRequest, topics.error());
  const auto auth = ctx_.authenticator.authenticate(bearer_token(request, true), now);
  for (const auto& topic : *topics) {
    switch (topic_access(topic)) {
      case TopicAccess::Unknown:
        return error_response(ErrorCode::InvalidRequest, "unknown topic " + topic);
      case TopicAccess::Public:
        break;
      case TopicAccess::Staff:
        if (auth.check != auth::TokenCheck::Valid)
          return error_response(ErrorCode::Unauthorized, "topic " + topic + " needs a staff sign-in");
        if (!auth.principal.is_staff(auth::Role::Clerk))
          return error_response(ErrorCode::Forbidden, "topic " + topic + " is for staff");
        break;
    }
    if (const auto token = ticket_token_of(topic); token && !ctx_.office.queue().find_by_token(*token))
      return error_response(ErrorCode::UnknownTicket, "this ticket is unknown or from an earlier day");
  }
  return std::nullopt;
}

void Api::on_open(const std::shared_ptr<net::WebSocketPeer>& peer, const net::HttpRequest& request) {
  ctx_.office_worker.post([this, peer, topics_text = std::string(request.query_param("topics").value_or("")),
                           token = bearer_token(request, true)] {
    if (!peer->is_open()) return;  // gone before its turn: build nothing for it
    const auto topics = parse_topics(topics_text);
    if (!topics) return peer->close();
    const auto now = ctx_.clock.now();
    // A stream opened with a valid sign-in or device token ends with it (stream_credentials.hpp).
    std::optional<std::string> credential;
    if (ctx_.authenticator.authenticate(token, now).check == auth::TokenCheck::Valid) credential = token;
    for (const auto& topic : *topics) send_snapshot(*peer, topic, now);
    ctx_.hub.subscribe(peer, *topics, std::move(credential));  // refuses a peer that closed meanwhile
  });
}

void Api::on_close(const net::WebSocketPeer& peer) {
  ctx_.hub.remove(peer);
}

void Api::send_snapshot(net::WebSocketPeer& peer, const std::string& topic, domain::TimePoint now) {
  if (topic == protocol::topic::kDevices)  // not an office view: the devices' reports live beside the office
    return peer.send(state_frame(ctx_.office, topic, protocol::frame_kind::kSnapshot,
                                 protocol::to_json(device_health(ctx_))),
                     topic);
  if (auto frame = snapshot_frame(ctx_.office, topic, now)) peer.send(std::move(frame), topic);
}

void Api::publish_changes(const domain::Events& events, domain::TimePoint /*now*/) {
  ctx_.metrics.record_calls(static_cast<std::uint64_t>(std::count_if(events.begin(), events.end(), [](const auto& e) {
    return std::holds_alternative<domain::TicketCalled>(e.body) ||
           std::holds_alternative<domain::TicketRecalled>(e.body);
  })));
  publish_calls(ctx_.office, ctx_.hub, events);
  // Everything else in one round per burst, in slices, behind the replies (StatePublisher).
  state_publisher_.changed();
}

}  // namespace civiq::http
