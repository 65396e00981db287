// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "calling_policy.hpp"

#include <tuple>

namespace civiq::domain {

// Smaller ranks are called first: (tier, -score, tiebreak, ticket id).
struct CallingPolicy::Rank {
  int tier;
  double negated_score;
  double tiebreak;
  std::int64_t ticket;
  friend bool operator<(const Rank& a, const Rank& b) {
    return std::tie(a.tier, a.negated_score, a.tiebreak, a.ticket) <
           std::tie(b.tier, b.negated_score, b.tiebreak, b.ticket);
  }
};

bool CallingPolicy::eligible(const Counter& counter, const CallCandidate& candidate) const {
  if (candidate.target_counter) return *candidate.target_counter == counter.id;
  return counter.serves(candidate.service);
}

CallingPolicy::Rank CallingPolicy::rank(const Counter& counter, const CallCandidate& candidate,
                                        TimePoint now) const {
  const auto wait = static_cast<double>((now - candidate.rank_time).count());
  if (candidate.target_counter) return {0, -wait, candidate.tiebreak, candidate.ticket.value};
  if (candidate.appointment_time && *candidate.appointment_time - config_.appointment_lead <= now)
    return {1, static_cast<double>(candidate.appointment_time->time_since_epoch().count()), candidate.tiebreak, candidate.ticket.value};
  if (candidate.priority) return {2, -wait, candidate.tiebreak, candidate.ticket.value};
  if (wait >= static_cast<double>(config_.aging_threshold.count())) return {3, -wait, candidate.tiebreak, candidate.ticket.value};
  const double weight = counter.services.at(candidate.service);
  return {4, -wait * weight, candidate.tiebreak, candidate.ticket.value};
}

std::optional<std::size_t> CallingPolicy::pick(const Counter& counter, std::span<const CallCandidate> candidates,
                                               TimePoint now) const {
  std::optional<std::size_t> best;
  std::optional<Rank> best_rank;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (!eligible(counter, candidates[i])) continue;
    const Rank r = rank(counter, candidates[i], now);
    if (!best_rank || r < *best_rank) {
      best = i;
      best_rank = r;
    }
  }
  return best;
}

}  // namespace civiq::domain
