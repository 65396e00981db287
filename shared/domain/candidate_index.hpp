// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The waiting tickets of a wait-estimate simulation, grouped so that "whom does this counter call
// now" needs only the best ticket of each group instead of a scan of the whole queue: O(services of
// the counter × log n) per call instead of O(n), so estimating a queue of n costs O(n log n), not
// O(n²). The answer is CallingPolicy::pick's, because pick itself chooses among the group heads:
// within each group the policy's order does not depend on the counter or the time, so a group's
// best ticket is always its head (see candidate_index.cpp). Checked against pick on random queues.
// Invariant: every candidate is in exactly one group. Thread rule: one owner.
#include <cstdint>
#include <map>
#include <tuple>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "calling_policy.hpp"

namespace civiq::domain {

class CandidateIndex {
 public:
  CandidateIndex(const CallingPolicy& policy, std::vector<CallCandidate> candidates);

  // Removes and returns the candidate `counter` calls at `now` (as CallingPolicy::pick would), or
  // nothing when no candidate is eligible. `now` never goes back between calls: appointments become
  // due once and stay due.
  [[nodiscard]] std::optional<CallCandidate> take(const Counter& counter, TimePoint now);
  // The candidates not taken yet, in no particular order.
  [[nodiscard]] std::vector<CallCandidate> remaining() const;
  [[nodiscard]] bool empty() const { return candidates_.empty(); }

 private:
  // Policy order inside a group: earlier time, then lower tiebreak, then lower ticket id.
  struct Key {
    TimePoint time;
    double tiebreak;
    std::int64_t ticket;
    friend bool operator<(const Key& a, const Key& b) {
      return std::tie(a.time, a.tiebreak, a.ticket) < std::tie(b.time, b.tiebreak, b.ticket);
    }
  };
  struct ServiceGroups {
    std::set<Key> due;       // checked-in appointments that are due, by appointment time
    std::set<Key> priority;  // priority tickets (not due appointments), by rank time
    std::set<Key> regular;   // everyone else, by rank time: the aged ones come first
  };

  static Key by_rank(const CallCandidate& candidate);
  static Key by_appointment(const CallCandidate& candidate);
  std::set<Key>& waiting_group(const CallCandidate& candidate);  // priority or regular
  void insert(const CallCandidate& candidate);
  void erase(const CallCandidate& candidate);
  void advance_to(TimePoint now);  // moves appointments that became due into their due group
  [[nodiscard]] bool is_due(const CallCandidate& candidate) const;

  const CallingPolicy& policy_;
  std::map<std::int64_t, CallCandidate> candidates_;  // by ticket id
  std::map<ServiceId, ServiceGroups> services_;
  std::map<CounterId, std::set<Key>> targeted_;       // transferred to one counter, by rank time
  std::set<std::pair<TimePoint, std::int64_t>> upcoming_;  // appointments not due yet, by due time
  TimePoint now_;  // the latest time asked for
};

}  // namespace civiq::domain
