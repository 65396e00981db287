// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "server_office.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>

#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"

namespace civiq::bench {
namespace {

using domain::CounterId;
using domain::TicketId;
using domain::TimePoint;

// A keep-alive connection idle for longer than this is opened again before the next request: the
// server may have closed it (read timeout), and a request written into a closed connection is lost.
constexpr auto kMaxIdle = std::chrono::seconds{5};
constexpr int kRecallRetries = 600;  // office seconds to wait out a recall cooldown

std::pair<std::string, std::string> split_base_url(const std::string& url) {
  constexpr std::string_view scheme = "http://";
  if (!url.starts_with(scheme)) throw std::runtime_error("--server must look like http://127.0.0.1:8080, got " + url);
  const std::string rest = url.substr(scheme.size(), url.find('/', scheme.size()) - scheme.size());
  const auto colon = rest.rfind(':');
  if (colon == std::string::npos) return {rest, "80"};
  return {rest.substr(0, colon), rest.substr(colon + 1)};
}

template <class T>
T decode(const HttpResponse& response, const std::string& what) {
  auto decoded = protocol::from_json<T>(response.body);
  if (!decoded) throw std::runtime_error(what + ": unexpected reply: " + decoded.error);
  return std::move(*decoded.value);
}

std::string error_code(const HttpResponse& response) {
  const auto body = protocol::from_json<protocol::ErrorBody>(response.body);
  return body ? body.value->error : std::string{};
}

}  // namespace

struct ServerOffice::Reply {
  HttpResponse response;
  std::string what;  // "POST /api/v1/..." for messages

  [[noreturn]] void fail() const {
    throw std::runtime_error(what + ": HTTP " + std::to_string(response.status) + " " + response.body.substr(0, 300));
  }
  const Reply& expect(int status) const {
    if (response.status != status) fail();
    return *this;
  }
  template <class T>
  T as() const {
    return decode<T>(response, what);
  }
};

ServerOffice::ServerOffice(ServerAccess access, const Scenario& scenario, std::ostream& log)
    : access_(std::move(access)), log_(log) {
  const auto [host, port] = split_base_url(access_.base_url);
  tcp::resolver resolver(io_);
  endpoint_ = *resolver.resolve(host, port).begin();
  host_ = host_header(endpoint_);
  const auto health = request("GET", "/api/v1/health", {}).expect(200).as<protocol::Health>();
  real_origin_ = std::chrono::steady_clock::now();
  office_origin_ = health.now;
  speed_ = health.time_speed;
  // The day to play: the office's today, unless today's closing time has passed (tomorrow then).
  const auto local = domain::to_berlin(health.now);
  office_day_ = local.date;
  if (local.time_of_day >= scenario.closes) office_day_ = std::chrono::sys_days{office_day_} + std::chrono::days{1};
  run_key_ = std::to_string(health.now.time_since_epoch().count());
  check_counters(scenario);
}

ServerOffice::~ServerOffice() {
  if (connection_) connection_->close();
}

ServerOffice::Reply ServerOffice::request(std::string_view method, const std::string& target, std::string_view bearer,
                                          const std::string& body, std::string_view idempotency_key) {
  const auto now = std::chrono::steady_clock::now();
  if (connection_ && now - last_request_ > kMaxIdle) connection_.reset();
  if (!connection_) {
    connection_ = std::make_unique<HttpConnection>(io_.get_executor());
    connection_->connect_sync(endpoint_);
  }
  const std::string raw = format_request({method, target, host_, bearer, idempotency_key}, body);
  Reply reply{connection_->request_sync(raw), std::string(method) + " " + target};
  last_request_ = std::chrono::steady_clock::now();
  return reply;
}

std::string ServerOffice::sign_in(const std::string& user, const std::string& password) {
  const Reply reply = request("POST", "/api/v1/auth/login", {}, protocol::to_json(protocol::LoginRequest{user, password}));
  if (reply.response.status != 200)
    throw std::runtime_error("signing in as " + user + " failed: HTTP " + std::to_string(reply.response.status) + " " + reply.response.body);
  return reply.as<protocol::LoginResponse>().token;
}

ServerOffice::Reply ServerOffice::counter_action(CounterId counter, std::string_view action, const std::string& body) {
  const std::string target = "/api/v1/counters/" + std::to_string(counter.value) + "/" + std::string(action);
  Reply reply = request("POST", target, clerk_sessions_.at(counter), body);
  if (reply.response.status != 401) return reply;
  // Sessions end after a working day of office time; a day that is served to the end can outlast it.
  clerk_sessions_[counter] = sign_in(clerk_user(counter), access_.clerk_password);
  return request("POST", target, clerk_sessions_.at(counter), body);
}

std::string ServerOffice::clerk_user(CounterId counter) const { return access_.clerk_prefix + std::to_string(counter.value); }

void ServerOffice::check_counters(const Scenario& scenario) {
  // Any staff member may list the counters; the first clerk's session is reused when it opens.
  const CounterId first = scenario.counters.front().counter.id;
  clerk_sessions_[first] = sign_in(clerk_user(first), access_.clerk_password);
  const auto list = request("GET", "/api/v1/counters", clerk_sessions_[first]).expect(200).as<protocol::CounterList>();
  for (const auto& plan : scenario.counters) {
    const auto it = std::find_if(list.counters.begin(), list.counters.end(),
                                 [&](const protocol::CounterView& c) { return c.id == plan.counter.id; });
    if (it == list.counters.end())
      throw std::runtime_error("the server has no counter " + std::to_string(plan.counter.id.value) + " (scenario " + scenario.name + ")");
    std::set<domain::ServiceId> planned, served(it->service_ids.begin(), it->service_ids.end());
    for (const auto& [service, weight] : plan.counter.services) planned.insert(service);
    if (planned != served)
      throw std::runtime_error("counter " + std::to_string(plan.counter.id.value) + " serves other services on the server than in scenario " + scenario.name);
  }
}

std::string ServerOffice::booking_code(const domain::Appointment& appointment) const {
  std::string date = domain::iso_date(office_day_);
  std::erase(date, '-');
  return appointment.code + "-" + date;  // each played day books its own codes
}

TimePoint ServerOffice::office_time(TimePoint planned) const {
  return domain::from_berlin(office_day_, std::chrono::duration_cast<Seconds>(planned - at_local(Seconds{0})));
}

TimePoint ServerOffice::office_now() const {
  const std::chrono::duration<double> real = std::chrono::steady_clock::now() - real_origin_;
  return office_origin_ + std::chrono::duration_cast<TimePoint::duration>(real * speed_);
}

void ServerOffice::advance_to(TimePoint at) {
  const TimePoint target = office_time(at);
  const auto ahead = target - office_now();
  if (ahead > TimePoint::duration::zero())
    std::this_thread::sleep_for(std::chrono::duration<double>(ahead) / speed_);  // pacing, not synchronisation
  report_progress(target);
}

void ServerOffice::report_progress(TimePoint now) {
  if (next_report_ && now < *next_report_) return;
  const auto local = domain::to_berlin(now);
  const auto hour = std::chrono::duration_cast<std::chrono::hours>(local.time_of_day);
  if (next_report_)
    log_ << "office day: " << (hour.count() < 10 ? "0" : "") << hour.count() << ":00  " << counts_.issued
         << " tickets issued, " << counts_.calls << " calls, " << counts_.finished << " served, " << counts_.no_shows
         << " no-shows, " << counts_.cancelled << " cancelled" << std::endl;
  next_report_ = domain::from_berlin(local.date, hour + std::chrono::hours{1});
}

void ServerOffice::book(const DayPlan& plan) {
  protocol::AppointmentImport import;
  for (const auto& appointment : plan.appointments)
    import.appointments.push_back({booking_code(appointment), office_time(appointment.time), appointment.services,
                                   std::nullopt, std::nullopt});
  const std::string session = sign_in(access_.manager, access_.manager_password);
  request("POST", "/api/v1/appointments", session, protocol::to_json(import)).expect(200);
  request("POST", "/api/v1/auth/logout", session).expect(204);
}

std::optional<TicketId> ServerOffice::issue(const Arrival& arrival) {
  const std::string key = "demo-day-" + run_key_ + "-" + std::to_string(arrival.visit);
  Reply reply = [&] {
    if (arrival.appointment)
      return request("POST", "/api/v1/appointments/" + booking_code(*arrival.appointment) + "/check-in", access_.kiosk_token,
                     protocol::to_json(protocol::CheckInRequest{arrival.language}), key);
    protocol::IssueTicketRequest body{arrival.services.front(), arrival.language, arrival.priority, std::nullopt};
    if (arrival.services.size() > 1)
      body.additional_service_ids = std::vector<domain::ServiceId>(arrival.services.begin() + 1, arrival.services.end());
    return request("POST", "/api/v1/tickets", access_.kiosk_token, protocol::to_json(body), key);
  }();
  if (arrival.appointment && reply.response.status == 409) {
    const std::string why = error_code(reply.response);
    if (why == "check_in_too_late" || why == "check_in_too_early") {
      ++counts_.turned_away;
      log_ << "office day: appointment " << booking_code(*arrival.appointment) << " turned away (" << why << ")" << std::endl;
      return std::nullopt;
    }
  }
  const auto ticket = reply.expect(201).as<protocol::IssuedTicket>();
  live_tokens_[ticket.id] = ticket.token;
  ++counts_.issued;
  return ticket.id;
}

void ServerOffice::open_counter(CounterId counter) {
  if (!clerk_sessions_.contains(counter))
    clerk_sessions_[counter] = sign_in(clerk_user(counter), access_.clerk_password);
  counter_action(counter, "open").expect(200);
}

// The simulated day follows its staffing plan: a clerk whose shift ends goes, citizens waiting or not
// (the server's staffing question is answered "yes" for them).
void ServerOffice::close_counter(CounterId counter) {
  counter_action(counter, "close", protocol::to_json(protocol::CloseRequest{true})).expect(200);
}

std::optional<Called> ServerOffice::call_next(CounterId counter) {
  const Reply reply = counter_action(counter, "call-next");
  if (reply.response.status == 204) return std::nullopt;
  const auto view = reply.expect(200).as<protocol::CounterView>();
  if (!view.current) reply.fail();
  ++counts_.calls;
  return Called{view.current->id, view.current->service_id};
}

void ServerOffice::start(CounterId counter) { counter_action(counter, "start").expect(200); }

bool ServerOffice::finish(CounterId counter) {
  const auto view = counter_action(counter, "finish").expect(200).as<protocol::CounterView>();
  ++counts_.finished;
  if (view.current) ++counts_.stayed;
  return view.current.has_value();
}

void ServerOffice::transfer(CounterId counter, domain::ServiceId to) {
  counter_action(counter, "transfer", protocol::to_json(protocol::TransferRequest{to, std::nullopt, std::nullopt})).expect(200);
  ++counts_.transferred;
}

bool ServerOffice::recall(CounterId counter) {
  // The plan recalls 45 s after the call; a late step can come sooner than the server's cooldown.
  for (int attempt = 0;; ++attempt) {
    const Reply reply = counter_action(counter, "recall");
    if (reply.response.status == 409 && error_code(reply.response) == "recall_too_soon" && attempt < kRecallRetries) {
      std::this_thread::sleep_for(std::chrono::duration<double>(1.0 / speed_));  // one office second
      continue;
    }
    const bool no_show = !reply.expect(200).as<protocol::CounterView>().current;
    counts_.no_shows += no_show ? 1 : 0;
    return no_show;
  }
}

void ServerOffice::cancel(TicketId ticket) {
  request("POST", "/api/v1/tickets/" + live_tokens_.at(ticket) + "/cancel", {}).expect(200);
  ++counts_.cancelled;
}

void ServerOffice::close_day() {
  // The server closes by its own opening hours; issuing simply stops because the plan has no more arrivals.
}

}  // namespace civiq::bench
