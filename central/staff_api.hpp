// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// civiq-central's staff API (docs/booking-api.md, "Staff"; the rules in staff_desk.hpp): sign-in
// limited per client address, bearer tokens, role and office checked on every request. It runs on
// database workers of its own: a sign-in's argon2id check takes about 0.1 s and 64 MiB, and the
// citizens' workers never wait for one (nor for a closure's mass cancellation).
// It also keeps the audit log of refusals (refusal_log.hpp): BookingApi passes every reply through
// audited(), which counts the refusals worth it in memory; they are written every
// kRefusalFlushEvery, and before the log's route answers, so what it shows is up to date.
// Thread rule: handle() and audited() from any network thread; construct and destroy on one.
#include <functional>

#include "county_config.hpp"
#include "db_workers.hpp"
#include "mail_outbox.hpp"
#include "net/http_types.hpp"
#include "net/rate_limiter.hpp"
#include "periodic.hpp"
#include "refusal_log.hpp"

namespace civiq::central {

inline constexpr std::chrono::seconds kRefusalFlushEvery{10};

class StaffApi {
 public:
  using Clock = std::function<domain::TimePoint()>;
  using Reply = std::function<void(net::HttpResponse)>;

  // `workers`: the staff's own; `outbox` is woken when a closure queued mails.
  StaffApi(const CountyConfig& county, DbWorkers& workers, MailOutbox& outbox, Clock clock);
  StaffApi(const StaffApi&) = delete;
  StaffApi& operator=(const StaffApi&) = delete;

  // Hands the refusal counts not yet written to the workers (every kRefusalFlushEvery by itself;
  // main calls it once more before it stops the workers).
  void flush_refusals();

  // Whether the request is for a staff route (its path starts with booking_route::kStaffPrefix).
  [[nodiscard]] static bool serves(const net::HttpRequest& request);
  // A staff route's request from `client` (client_address.hpp); over the general limits already.
  void handle(const net::HttpRequest& request, const std::string& client, const Reply& reply);
  // `reply`, counting on the way a refusal worth an audit (refusal_log.hpp) under the request's route,
  // the client's subnet and the office the request named (a known one; "" otherwise).
  [[nodiscard]] Reply audited(const net::HttpRequest& request, const std::string& client, Reply reply);

 private:
  void login(const net::HttpRequest& request, const std::string& client, const Reply& reply);

  const CountyConfig& county_;
  DbWorkers& workers_;
  MailOutbox& outbox_;
  Clock clock_;
  net::RateLimiter logins_;
  RefusalLog refusals_;
  Periodic flusher_;  // last: it runs at once
};

}  // namespace civiq::central
