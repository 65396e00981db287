// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_api.hpp"

#include <algorithm>
#include <charconv>
#include <exception>

#include "booking_desk.hpp"
#include "client_address.hpp"
#include "db_reply.hpp"
#include "domain/local_time_text.hpp"
#include "net/json_responses.hpp"
#include "protocol/booking_openapi.hpp"
#include "qr/qr_code.hpp"
#include "staff_access.hpp"
#include "sync_desk.hpp"
#include "sync_poll.hpp"

namespace civiq::central {
namespace {

namespace route = protocol::booking_route;
using protocol::ErrorCode;

using net::error_response;
using net::json_response;

std::string language_of(const net::HttpRequest& request) {
  return std::string(request.query_param("lang").value_or("de"));
}

// "1,2,5" -> service ids; nothing when a part is not a positive number.
std::optional<std::vector<domain::ServiceId>> service_list(std::string_view text) {
  std::vector<domain::ServiceId> ids;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const auto part = text.substr(0, comma);
    std::int32_t id = 0;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), id);
    if (ec != std::errc{} || end != part.data() + part.size() || id < 1) return std::nullopt;
    ids.push_back(domain::ServiceId{id});
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  }
  return ids;
}

bool is(const net::HttpRequest& request, const protocol::RouteDef& def) { return request.path == def.pattern; }

// Decodes a request body strictly; on failure replies the 400 and returns nothing.
template <class T>
std::optional<T> decode_body(const net::HttpRequest& request, const Reply& reply) {
  auto decoded = net::decode_request_body<T>(request.body);
  if (auto* refusal = std::get_if<net::HttpResponse>(&decoded)) {
    reply(std::move(*refusal));
    return std::nullopt;
  }
  return std::move(std::get<T>(decoded));
}

// The booking code as a QR code for the kiosk's scanner (the booking pages show it). Made from the
// text alone, without the database: it tells nobody whether such a booking exists.
net::HttpResponse code_qr(const std::string& code) {
  const bool shaped = !code.empty() && code.size() <= 16 &&
                      code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos;
  if (!shaped) return error_response(ErrorCode::InvalidArgument, "not a booking code: LOE-3F9A0C2B, say");
  const auto qr = qr::QrCode::encode(code);
  if (!qr) return error_response(ErrorCode::Internal, "no QR code for this text");
  net::HttpResponse response{200, "image/svg+xml", qr::svg_of(*qr), {}};
  response.headers.emplace_back("Cache-Control", "private, max-age=86400");
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return response;
}

// Runs `work` on a database worker; a full queue or a database error is a clear 503 or 500, never
// a hanging citizen.
void on_database(DbWorkers& workers, const Reply& reply, std::function<net::HttpResponse(BookingStore&)> work) {
  reply_from_database(workers, reply, std::move(work), "nothing was booked");
}

}  // namespace

BookingApi::BookingApi(const CountyConfig& county, DbWorkers& workers, MailOutbox& outbox, const BookingPages& pages,
                       Clock clock, StaffApi& staff, SyncWaiters& sync_waiters)
    : county_(county),
      requests_(county.requests_per_minute),
      holds_(county.holds_per_minute),
      holds_per_subnet_(county.holds_per_minute_per_subnet),
      free_searches_(county.free_searches_per_minute),
      free_searches_per_subnet_(county.free_searches_per_minute_per_subnet),
      workers_(workers),
      outbox_(outbox),
      pages_(pages),
      clock_(std::move(clock)),
      staff_(staff),
      sync_waiters_(sync_waiters) {
  if (county.proof_of_work_max_number > 0) proof_.emplace(county.proof_of_work_max_number, kChallengeLifetime);
}

void BookingApi::handle(net::HttpRequest request, std::function<void(net::HttpResponse)> reply) {
  const std::string client = client_address(request, county_.trusted_proxies);
  reply = staff_.audited(request, client, std::move(reply));  // the audit log of refusals (refusal_log.hpp)
  if (auto page = pages_.answer(request)) {
    if (auto limited = over_limit(request, false)) return reply(std::move(*limited));
    return reply(std::move(*page));
  }
  if (StaffApi::serves(request)) {
    if (auto limited = over_limit(request, false)) return reply(std::move(*limited));
    return staff_.handle(request, client, reply);
  }
  std::optional<std::string> parameter;
  const auto* def = std::find_if(route::kAll.begin(), route::kAll.end(),
                                 [&](const auto& r) { return (parameter = protocol::route_parameter(r, request.path)).has_value(); });
  if (def == route::kAll.end()) return reply(error_response(ErrorCode::NotFound, "no such route: " + request.path));
  // A move takes a slot as a hold does, and counts as one against the limits.
  const bool takes_slot = def->pattern == route::kHolds.pattern || def->pattern == route::kRebook.pattern;
  if (auto limited = over_limit(request, takes_slot && request.method == "POST"))
    return reply(std::move(*limited));
  // A GET of an action (a mail scanner following a link) changes nothing.
  if (request.method != def->method && !(request.method == "HEAD" && def->method == "GET"))
    return reply(error_response(ErrorCode::MethodNotAllowed, "use " + std::string(def->method)));
  if (def->pattern == route::kConfirmHold.pattern) return confirm(request, *parameter, reply);
  if (def->pattern == route::kActivate.pattern) return activate(*parameter, reply);
  if (def->pattern == route::kManage.pattern) return manage(*parameter, reply);
  if (def->pattern == route::kCancel.pattern) return cancel(*parameter, reply);
  if (def->pattern == route::kRebook.pattern) return rebook(request, *parameter, reply);
  if (def->pattern == route::kAttend.pattern)  // no mail: the citizen sees the answer on the page
    return on_database(workers_, reply, [this, token = *parameter](BookingStore& store) {
      return answer(200, attend_booking(store, token, clock_()));
    });
  if (def->pattern == route::kSyncAppointments.pattern) {
    const auto param = [&request](std::string_view name) { return std::string(request.query_param(name).value_or("")); };
    return answer_sync_pull(workers_, sync_waiters_, bearer_token(request.header("authorization")).value_or(""),
                            {param("after"), param("wait_s"), param("from"), param("until")}, reply);
  }
  if (def->pattern == route::kSyncFacts.pattern) {
    auto decoded = decode_body<protocol::BranchFactBatch>(request, reply);
    if (!decoded) return;
    return on_database(workers_, reply,
                       [token = bearer_token(request.header("authorization")).value_or(""),
                        batch = std::move(*decoded)](BookingStore& store) {
                         return answer(200, receive_facts(store, token, batch));
                       });
  }
  if (def->pattern == route::kRename.pattern) {
    auto decoded = decode_body<protocol::NameChange>(request, reply);
    if (!decoded) return;
    return on_database(workers_, reply, [this, token = *parameter, wanted = std::move(*decoded)](BookingStore& store) {
      auto result = rename_booking(county_, store, token, wanted, clock_());
      if (const auto* view = std::get_if<protocol::BookingView>(&result); view && view->status == "cancelled")
        outbox_.wake();
      return answer(200, result);
    });
  }
  if (def->pattern == route::kCodeQr.pattern) return reply(code_qr(*parameter));
  if (def->pattern == route::kWaitlist.pattern) return join_waitlist(request, reply);
  if (def->pattern == route::kWaitlistPlace.pattern)
    return on_database(workers_, reply, [this, token = *parameter](BookingStore& store) {
      return answer(200, waitlist_status(store, token, clock_()));
    });
  if (def->pattern == route::kLeaveWaitlist.pattern)
    return on_database(workers_, reply, [token = *parameter](BookingStore& store) {
      return answer(200, leave_waitlist(store, token));
    });
  if (def->pattern == route::kOffer.pattern)
    return on_database(workers_, reply, [this, token = *parameter](BookingStore& store) {
      return answer(200, offer_of(store, token, clock_()));
    });
  if (def->pattern == route::kClaimOffer.pattern)
    return on_database(workers_, reply, [this, token = *parameter](BookingStore& store) {
      auto result = claim_offer(county_, store, token, clock_());
      if (std::holds_alternative<protocol::BookingView>(result)) outbox_.wake();
      return answer(200, result);
    });

  if (is(request, route::kOpenApi)) {  // built once: it depends on the protocol's definitions only
    static const std::string document = protocol::booking_openapi_document();
    return reply({200, "application/json", document, {}});
  }
  if (is(request, route::kHealth))
    return reply(json_response(
        200, protocol::BookingHealth{"ok", CIVIQ_VERSION, static_cast<std::int64_t>(sync_waiters_.parked())}));
  if (is(request, route::kServices)) {
    const auto language = language_of(request);
    protocol::BookingServiceList list;
    for (const auto& s : county_.services)
      list.services.push_back({s.id, s.leika_id, s.name(language), s.names, s.length.count()});
    return reply(json_response(200, list));
  }
  if (is(request, route::kOffices)) {
    const auto wanted = service_list(request.query_param("services").value_or(""));
    if (!wanted) return reply(error_response(ErrorCode::InvalidArgument, "services: ids like 1,2"));
    protocol::BookingOfficeList list;
    for (const auto& office : county_.offices) {
      const bool offers_all = std::all_of(wanted->begin(), wanted->end(), [&](auto id) {
        return std::find(office.services.begin(), office.services.end(), id) != office.services.end();
      });
      if (offers_all) list.offices.push_back({office.id, office.name, office.address, office.services});
    }
    return reply(json_response(200, list));
  }
  if (is(request, route::kSlots)) return slots(request, client, reply);
  if (is(request, route::kChallenge)) {
    if (!proof_) return reply(error_response(ErrorCode::NotFound, "this county asks for no proof of work"));
    return reply(json_response(200, proof_->challenge(clock_())));
  }
  hold(request, reply);
}

void BookingApi::slots(const net::HttpRequest& request, const std::string& client, const Reply& reply) {
  const auto services = service_list(request.query_param("services").value_or(""));
  const auto first = domain::parse_local_date(request.query_param("from").value_or(""));
  const auto last = domain::parse_local_date(request.query_param("to").value_or(""));
  if (!services || !first || !last)
    return reply(error_response(ErrorCode::InvalidArgument,
                                "slots need office, services (ids like 1,2), from and to (dates like 2026-12-08)"));
  SlotQuery query{std::string(request.query_param("office").value_or("")), *services, *first, *last};
  if (const auto refusal = check_query(county_, query)) return reply(refusal_response(*refusal));
  const bool free = free_search(client);
  std::optional<std::string> altcha;
  if (const auto given = request.query_param("altcha")) altcha.emplace(*given);
  on_database(workers_, reply, [this, query = std::move(query), free, altcha = std::move(altcha)](BookingStore& store) {
    if (!free)
      if (const auto refusal = pay_for_search(store, proof_ ? &*proof_ : nullptr, altcha, clock_()))
        return refusal_response(*refusal);
    return json_response(200, free_slots(county_, store, query, clock_()));
  });
}

bool BookingApi::free_search(const std::string& client) {
  const auto now = net::RateLimiter::Clock::now();
  // The address first: a search its address pays for takes nothing from its neighbours' free ones.
  return !free_searches_.acquire(client, now) && !free_searches_per_subnet_.acquire(subnet_of(client), now);
}

void BookingApi::hold(const net::HttpRequest& request, const Reply& reply) {
  auto decoded = decode_body<protocol::HoldRequest>(request, reply);
  if (!decoded) return;
  on_database(workers_, reply, [this, hold = std::move(*decoded)](BookingStore& store) {
    auto placed = place_hold(county_, store, hold, proof_ ? &*proof_ : nullptr, clock_());
    if (const auto* refusal = std::get_if<Refusal>(&placed)) return refusal_response(*refusal);
    return json_response(201, std::get<protocol::Hold>(placed));
  });
}

void BookingApi::confirm(const net::HttpRequest& request, const std::string& hold_id, const Reply& reply) {
  auto contact = decode_body<protocol::ContactRequest>(request, reply);
  if (!contact) return;
  on_database(workers_, reply, [this, hold_id, contact = std::move(*contact)](BookingStore& store) {
    auto result = confirm_contact(county_, store, hold_id, contact, clock_());
    if (std::holds_alternative<protocol::BookingView>(result)) outbox_.wake();
    return answer(202, result);
  });
}

void BookingApi::join_waitlist(const net::HttpRequest& request, const Reply& reply) {
  auto joining = decode_body<protocol::WaitlistRequest>(request, reply);
  if (!joining) return;
  on_database(workers_, reply, [this, token = std::move(joining->token)](BookingStore& store) {
    return answer(201, central::join_waitlist(store, token, clock_()));
  });
}

void BookingApi::activate(const std::string& token, const Reply& reply) {
  on_database(workers_, reply, [this, token](BookingStore& store) {
    auto result = activate_booking(county_, store, token, clock_());
    if (std::holds_alternative<protocol::BookingView>(result)) outbox_.wake();
    return answer(200, result);
  });
}

void BookingApi::manage(const std::string& token, const Reply& reply) {
  on_database(workers_, reply, [token](BookingStore& store) { return answer(200, managed_booking(store, token)); });
}

void BookingApi::cancel(const std::string& token, const Reply& reply) {
  on_database(workers_, reply, [this, token](BookingStore& store) {
    auto result = cancel_booking(county_, store, token, clock_());
    if (std::holds_alternative<protocol::BookingView>(result)) outbox_.wake();
    return answer(200, result);
  });
}

void BookingApi::rebook(const net::HttpRequest& request, const std::string& token, const Reply& reply) {
  auto decoded = decode_body<protocol::RebookRequest>(request, reply);
  if (!decoded) return;
  on_database(workers_, reply, [this, token, wanted = std::move(*decoded)](BookingStore& store) {
    auto result = rebook_booking(county_, store, token, wanted, proof_ ? &*proof_ : nullptr, clock_());
    if (std::holds_alternative<protocol::BookingView>(result)) outbox_.wake();
    return answer(200, result);
  });
}

std::optional<net::HttpResponse> BookingApi::over_limit(const net::HttpRequest& request, bool is_hold) {
  const auto now = net::RateLimiter::Clock::now();
  const std::string client = client_address(request, county_.trusted_proxies);
  auto retry = requests_.acquire(client, now);
  if (!retry && is_hold) retry = holds_.acquire(client, now);
  if (!retry && is_hold) retry = holds_per_subnet_.acquire(subnet_of(client), now);
  if (!retry) return std::nullopt;
  auto response = error_response(ErrorCode::RateLimited, "too many requests; please try again shortly");
  response.headers.emplace_back("Retry-After", std::to_string(retry->count()));
  return response;
}

void BookingApi::check_upgrade(const net::HttpRequest& request, UpgradeDecision decide) {
  decide(error_response(ErrorCode::NotFound, "no WebSocket here: " + request.path));
}

void BookingApi::on_open(const std::shared_ptr<net::WebSocketPeer>& /*peer*/, const net::HttpRequest& /*request*/) {}
void BookingApi::on_close(const net::WebSocketPeer& /*peer*/) {}

}  // namespace civiq::central
