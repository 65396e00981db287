// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Who a counter calls on "call next". One configurable component, used both by the queue engine
// (the real call) and by wait estimation (simulated calls), so estimates follow the real order.
//
// Among the waiting tickets whose current service the counter serves (and that are not reserved for
// another counter), in this order of tiers:
//   1. tickets transferred to this very counter ("please wait for Schalter 5"), oldest first;
//   2. checked-in appointments that are due (appointment time - appointment_lead <= now), earliest first;
//   3. priority tickets, longest wait first;
//   4. everyone else by weighted wait = wait x counter's weight for the service; a ticket that has
//      waited aging_threshold or longer outranks every weighted one (oldest first), so a service with
//      a low weight can be delayed but never starved.
// Ties go to the lower tiebreak, then the lower ticket id (earlier issue). Thread rule: immutable after construction.
#include <chrono>
#include <optional>
#include <span>

#include "berlin_time.hpp"
#include "catalog.hpp"
#include "ids.hpp"

namespace civiq::domain {

struct CallingPolicyConfig {
  std::chrono::seconds appointment_lead{300};  // an appointment counts as due this long before its time
  std::chrono::seconds aging_threshold{1800};  // from this wait on, weights no longer delay a ticket
};

// The facts about one waiting ticket that calling depends on.
struct CallCandidate {
  TicketId ticket;
  ServiceId service;
  TimePoint rank_time;  // queued (or postponed-to) time; wait = now - rank_time
  bool priority = false;
  std::optional<TimePoint> appointment_time;
  std::optional<CounterId> target_counter;
  // Breaks ties between equal ranks before the ticket id does: a postponed ticket sits between two
  // tickets that arrived in the same second (see Ticket::rank_tiebreak). 0 = order by id alone.
  double tiebreak = 0.0;
};

class CallingPolicy {
 public:
  explicit CallingPolicy(CallingPolicyConfig config) : config_(config) {}

  [[nodiscard]] bool eligible(const Counter& counter, const CallCandidate& candidate) const;
  // Index into candidates of the ticket to call next, or nothing when no candidate is eligible.
  [[nodiscard]] std::optional<std::size_t> pick(const Counter& counter, std::span<const CallCandidate> candidates,
                                                TimePoint now) const;
  [[nodiscard]] const CallingPolicyConfig& config() const { return config_; }

 private:
  struct Rank;
  [[nodiscard]] Rank rank(const Counter& counter, const CallCandidate& candidate, TimePoint now) const;

  CallingPolicyConfig config_;
};

}  // namespace civiq::domain
