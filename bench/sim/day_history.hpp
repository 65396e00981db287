// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// DayHistory: the facts of the day so far that delay-history estimators use, gathered from the
// queue's own events exactly as a server could gather them from ticket_events: every first call of a
// ticket to a counter (with how long the ticket had waited in that service's queue) and every
// finished service. Feed it each event right after OfficeQueue::apply. Thread rule: not synchronised.
#include <chrono>
#include <vector>

#include "domain/events.hpp"
#include "domain/office_queue.hpp"

namespace civiq::bench {

struct CallFact {
  domain::TimePoint at;
  domain::ServiceId service;
  std::chrono::seconds waited;  // call - queued_at: the wait in this service's queue
};

struct CompletionFact {
  domain::TimePoint at;
  domain::ServiceId service;
  std::chrono::seconds served;
  int waiting_after = 0;  // tickets still waiting for this service right after it: the counters were busy
};

class DayHistory {
 public:
  void observe(const domain::Event& event, const domain::OfficeQueue& after);

  [[nodiscard]] const std::vector<CallFact>& calls() const { return calls_; }
  [[nodiscard]] const std::vector<CompletionFact>& completions() const { return completions_; }

 private:
  std::vector<CallFact> calls_;
  std::vector<CompletionFact> completions_;
};

}  // namespace civiq::bench
