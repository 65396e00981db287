// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_api.hpp"

#include <array>
#include <iostream>

#include "branch_overview.hpp"
#include "client_address.hpp"
#include "db_reply.hpp"
#include "net/json_responses.hpp"
#include "protocol/booking_messages.hpp"
#include "staff_booking.hpp"
#include "staff_desk.hpp"
#include "staff_store.hpp"

namespace civiq::central {
namespace {

namespace route = protocol::booking_route;
using protocol::ErrorCode;

constexpr std::array kStaffRoutes{route::kStaffLogin,       route::kStaffLogout,         route::kStaffBookings,
                                  route::kStaffBook,        route::kStaffAvailability,   route::kStaffClosures,
                                  route::kStaffClose,       route::kStaffReopen,         route::kStaffDeskChanges,
                                  route::kStaffChangeDesks, route::kStaffUndoDeskChange, route::kStaffRefusals,
                                  route::kStaffBranches};

// Runs `work` on a staff worker: a full queue is a 503, a database error a 500 that changed nothing.
void on_database(DbWorkers& workers, const Reply& reply, std::function<net::HttpResponse(BookingStore&)> work) {
  reply_from_database(workers, reply, std::move(work), "nothing was changed");
}

// The code of a refusal worth an audit in `response`, if it is one. Only error statuses are read.
std::optional<std::string> audited_refusal(const net::HttpResponse& response) {
  if (response.status == 429) return std::string("rate_limited");
  if (response.status != 401 && response.status != 403 && response.status != 409) return std::nullopt;
  auto body = protocol::from_json<protocol::ErrorBody>(response.body);
  if (!body || !audited_error(body.value->error)) return std::nullopt;
  return std::move(body.value->error);
}

// What a staff route's task needs of its request (the request itself stays on the network thread).
struct StaffCall {
  protocol::RouteDef route;
  std::string parameter;
  std::string token;
  std::string body;
  std::string office, day, from, to;
};

}  // namespace

StaffApi::StaffApi(const CountyConfig& county, DbWorkers& workers, MailOutbox& outbox, Clock clock)
    : county_(county),
      workers_(workers),
      outbox_(outbox),
      clock_(std::move(clock)),
      logins_(county.staff_logins_per_minute),
      flusher_(kRefusalFlushEvery, [this] { flush_refusals(); }) {}

bool StaffApi::serves(const net::HttpRequest& request) { return request.path.starts_with(route::kStaffPrefix); }

void StaffApi::flush_refusals() {
  auto counts = refusals_.take();
  if (counts.empty()) return;
  const bool queued = workers_.post([counts](BookingStore& store) {
    try {
      store.staff().add_refusals(counts);
    } catch (const std::exception& error) {  // those counts are lost; the log goes on
      std::cerr << "civiq-central: refusal log: " << error.what() << std::endl;
    }
  });
  if (!queued) refusals_.restore(counts);  // the next round tries again
}

Reply StaffApi::audited(const net::HttpRequest& request, const std::string& client, Reply reply) {
  std::string office(request.query_param("office").value_or(""));
  // A hold names its office in its body; that is read only when the hold is refused.
  std::string hold = request.method == "POST" && request.path == route::kHolds.pattern ? request.body : std::string();
  return [this, reply = std::move(reply), method = request.method, path = request.path, client,
          office = std::move(office), hold = std::move(hold)](net::HttpResponse response) mutable {
    if (auto error = audited_refusal(response)) {
      if (!hold.empty())
        if (auto named = protocol::from_json<protocol::HoldRequest>(hold)) office = named.value->office;
      if (!county_.find_office(office)) office.clear();  // only the county's offices: the table stays small
      refusals_.note(clock_(), refusal_route(method, path), std::move(*error), subnet_of(client), std::move(office));
    }
    reply(std::move(response));
  };
}

void StaffApi::handle(const net::HttpRequest& request, const std::string& client, const Reply& reply) {
  const protocol::RouteDef* def = nullptr;
  bool known_path = false;
  std::string parameter;
  for (const auto& candidate : kStaffRoutes) {
    const auto found = protocol::route_parameter(candidate, request.path);
    if (!found) continue;
    known_path = true;
    if (candidate.method == request.method || (request.method == "HEAD" && candidate.method == "GET")) {
      def = &candidate;
      parameter = *found;
      break;
    }
  }
  if (!def) {
    if (known_path) return reply(net::error_response(ErrorCode::MethodNotAllowed, "not with " + request.method));
    return reply(net::error_response(ErrorCode::NotFound, "no such route: " + request.path));
  }
  if (def->pattern == route::kStaffLogin.pattern) return login(request, client, reply);
  const auto token = bearer_token(request.header("authorization"));
  if (!token)
    return reply(net::error_response(ErrorCode::Unauthorized,
                                     "sign in first (POST /api/v1/booking/staff/login), then send "
                                     "Authorization: Bearer TOKEN"));
  const auto query = [&](std::string_view name) { return std::string(request.query_param(name).value_or("")); };
  StaffCall call{*def, parameter, *token, request.body, query("office"), query("day"), query("from"), query("to")};
  on_database(workers_, reply, [this, call = std::move(call)](BookingStore& store) -> net::HttpResponse {
    const domain::TimePoint now = clock_();
    const auto who = staff_principal(store, call.token, now);
    if (const auto* refusal = std::get_if<Refusal>(&who)) return refusal_response(*refusal);
    const StaffPrincipal& principal = std::get<StaffPrincipal>(who);
    const auto& pattern = call.route.pattern;
    const auto& method = call.route.method;
    if (pattern == route::kStaffLogout.pattern) {
      store.staff().close_session(call.token);
      return {204, "", "", {}};
    }
    if (pattern == route::kStaffBookings.pattern && method == "GET")
      return answer(200, staff_day_bookings(county_, store, principal, call.office, call.day));
    if (pattern == route::kStaffBook.pattern) {
      auto decoded = net::decode_request_body<protocol::StaffBookingRequest>(call.body);
      if (auto* bad = std::get_if<net::HttpResponse>(&decoded)) return std::move(*bad);
      auto booked = staff_book(county_, store, principal, std::get<protocol::StaffBookingRequest>(decoded), now);
      if (std::holds_alternative<protocol::BookingView>(booked)) outbox_.wake();
      return answer(201, booked);
    }
    if (pattern == route::kStaffAvailability.pattern)
      return answer(200, office_availability(county_, store, principal, call.office, call.from, call.to, now));
    if (pattern == route::kStaffClosures.pattern && method == "GET")
      return answer(200, office_closures(county_, store, principal, call.office, call.from, now));
    if (pattern == route::kStaffClose.pattern) {
      auto decoded = net::decode_request_body<protocol::ClosureRequest>(call.body);
      if (auto* bad = std::get_if<net::HttpResponse>(&decoded)) return std::move(*bad);
      auto closed = close_office_day(county_, store, principal, std::get<protocol::ClosureRequest>(decoded), now);
      if (std::holds_alternative<protocol::Closure>(closed)) outbox_.wake();
      return answer(201, closed);
    }
    if (pattern == route::kStaffReopen.pattern) return answer(200, reopen_office_day(store, principal, call.parameter));
    if (pattern == route::kStaffDeskChanges.pattern && method == "GET")
      return answer(200, office_desk_changes(county_, store, principal, call.office, call.from, now));
    if (pattern == route::kStaffChangeDesks.pattern) {
      auto decoded = net::decode_request_body<protocol::DeskChangeRequest>(call.body);
      if (auto* bad = std::get_if<net::HttpResponse>(&decoded)) return std::move(*bad);
      return answer(201, change_desks(county_, store, principal, std::get<protocol::DeskChangeRequest>(decoded), now));
    }
    if (pattern == route::kStaffUndoDeskChange.pattern)
      return answer(200, undo_desk_change(store, principal, call.parameter));
    if (pattern == route::kStaffBranches.pattern)
      return net::json_response(200, branch_overview(county_, store, principal, now));
    // The refusal log: what is counted in memory first, so the answer is up to date.
    const auto counts = refusals_.take();
    try {
      store.staff().add_refusals(counts);
    } catch (...) {
      refusals_.restore(counts);
      throw;
    }
    return answer(200, refusal_list(store, principal, call.from, call.to, now));
  });
}

void StaffApi::login(const net::HttpRequest& request, const std::string& client, const Reply& reply) {
  // Every attempt counts, a right one too: a guesser cannot tell a success by the limit.
  if (const auto retry = logins_.acquire(client, net::RateLimiter::Clock::now())) {
    auto limited = net::error_response(ErrorCode::RateLimited, "too many sign-ins; please try again shortly");
    limited.headers.emplace_back("Retry-After", std::to_string(retry->count()));
    return reply(std::move(limited));
  }
  auto decoded = net::decode_request_body<protocol::StaffLoginRequest>(request.body);
  if (auto* bad = std::get_if<net::HttpResponse>(&decoded)) return reply(std::move(*bad));
  on_database(workers_, reply, [this, body = std::move(std::get<protocol::StaffLoginRequest>(decoded))](BookingStore& store) {
    return answer(200, staff_login(store, body, clock_()));
  });
}

}  // namespace civiq::central
