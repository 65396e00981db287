// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Api: the branch server's HttpApplication. For each request it matches the route, applies the rate
// limit, then on the office worker authenticates the caller, checks the route's access rule and
// runs the handler; every request is logged once with its route pattern, status and duration.
// WebSocket subscriptions get a snapshot per topic on the worker, so no change can slip between
// snapshot and subscription, and publish_changes() pushes every change to the topics' followers:
// call frames at once, the rest (loads, queue, counters, tickets) in a round of slices per burst that
// starts once the replies are on their way (StatePublisher: a reply that leaves while state frames
// are due carries a hold, which the network layer drops once it has handed the reply to the socket).
// Work for the office worker carries a deadline (BranchConfig::queue_deadline); past it, 503.
// Thread rule: the net::HttpApplication methods are called on network threads; publish_changes()
// on the office worker.
#include <memory>

#include "api_context.hpp"
#include "net/rate_limiter.hpp"
#include "state_publisher.hpp"
#include "subscriptions.hpp"

namespace civiq::http {

class Api final : public net::HttpApplication {
 public:
  explicit Api(ApiContext& context);

  void handle(net::HttpRequest request, std::function<void(net::HttpResponse)> reply) override;
  void check_upgrade(const net::HttpRequest& request, UpgradeDecision decide) override;
  void on_open(const std::shared_ptr<net::WebSocketPeer>& peer, const net::HttpRequest& request) override;
  void on_close(const net::WebSocketPeer& peer) override;

  void publish_changes(const domain::Events& events, domain::TimePoint now);
  [[nodiscard]] const Router& router() const { return router_; }
  // Office worker only: whether state frames are still due (tests wait for the round to end).
  [[nodiscard]] bool state_frames_due() const { return state_publisher_.due(); }

 private:
  // Runs `task` on the office worker, or `when_late` when the worker reaches it past the queue
  // deadline (load shedding: answer 503 rather than work for a client that has given up).
  void on_office_worker(std::function<void()> task, std::function<void()> when_late);
  [[nodiscard]] static net::HttpResponse busy_response();
  void run_on_office(const net::HttpRequest& request, const Route& route, std::map<std::string, std::string> params,
                     const Reply& reply);
  std::optional<net::HttpResponse> check_topics(const net::HttpRequest& request, domain::TimePoint now);
  void send_snapshot(net::WebSocketPeer& peer, const std::string& topic, domain::TimePoint now);

  ApiContext& ctx_;
  Router router_;
  net::RateLimiter public_limiter_;
  net::RateLimiter login_limiter_;
  StatePublisher state_publisher_;  // office worker only
};

}  // namespace civiq::http
