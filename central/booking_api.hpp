// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// civiq-central's HTTP API (shared/protocol/booking_messages.hpp, docs/booking-api.md): routes,
// strict decoding of requests, errors as JSON {error, message}. Questions the configuration can
// answer are answered on the network thread; everything that reads or writes bookings goes to a
// database worker. Thread rule: handle() from any network thread.
#include <functional>

#include "booking_pages.hpp"
#include "county_config.hpp"
#include "db_workers.hpp"
#include "mail_outbox.hpp"
#include "net/http_server.hpp"
#include "net/rate_limiter.hpp"
#include "proof_of_work.hpp"
#include "staff_api.hpp"
#include "sync_waiters.hpp"

namespace civiq::central {

class BookingApi : public net::HttpApplication {
 public:
  using Clock = std::function<domain::TimePoint()>;
  // `outbox` is woken when a mail was queued; `pages` answers the paths of the booking pages; `staff`
  // the staff routes, and it counts the refusals worth an audit of every route; the branches' pulls
  // wait for changes in `sync_waiters`.
  BookingApi(const CountyConfig& county, DbWorkers& workers, MailOutbox& outbox, const BookingPages& pages,
             Clock clock, StaffApi& staff, SyncWaiters& sync_waiters);

  void handle(net::HttpRequest request, std::function<void(net::HttpResponse)> reply) override;
  // No WebSocket on central booking (yet): every upgrade is refused with 404.
  void check_upgrade(const net::HttpRequest& request, UpgradeDecision decide) override;
  void on_open(const std::shared_ptr<net::WebSocketPeer>& peer, const net::HttpRequest& request) override;
  void on_close(const net::WebSocketPeer& peer) override;

 private:
  void slots(const net::HttpRequest& request, const std::string& client,
             const std::function<void(net::HttpResponse)>& reply);
  // Whether this search is one of the free ones of its address and of its subnet.
  [[nodiscard]] bool free_search(const std::string& client);
  void hold(const net::HttpRequest& request, const std::function<void(net::HttpResponse)>& reply);
  // The rate limits of this request's client; the 429 to send, when it is over one.
  [[nodiscard]] std::optional<net::HttpResponse> over_limit(const net::HttpRequest& request, bool is_hold);
  void confirm(const net::HttpRequest& request, const std::string& hold_id,
               const std::function<void(net::HttpResponse)>& reply);
  void activate(const std::string& token, const std::function<void(net::HttpResponse)>& reply);
  void join_waitlist(const net::HttpRequest& request, const std::function<void(net::HttpResponse)>& reply);
  void manage(const std::string& token, const std::function<void(net::HttpResponse)>& reply);
  void cancel(const std::string& token, const std::function<void(net::HttpResponse)>& reply);
  void rebook(const net::HttpRequest& request, const std::string& token,
              const std::function<void(net::HttpResponse)>& reply);

  const CountyConfig& county_;
  std::optional<ProofOfWork> proof_;  // none when the county asks for no proof of work
  net::RateLimiter requests_;
  net::RateLimiter holds_;
  net::RateLimiter holds_per_subnet_;
  net::RateLimiter free_searches_;  // beyond these a search pays with a proof of work
  net::RateLimiter free_searches_per_subnet_;
  DbWorkers& workers_;
  MailOutbox& outbox_;
  const BookingPages& pages_;
  Clock clock_;
  StaffApi& staff_;
  SyncWaiters& sync_waiters_;
};

}  // namespace civiq::central
