// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "candidate_index.hpp"

#include <algorithm>

namespace civiq::domain {

// Why a group's head is its best ticket for any counter that may call the group, at any time:
// - targeted (one counter): all rank in tier 1 by wait, i.e. by rank time;
// - due appointments: tier 2 by appointment time;
// - priority: tier 3 by wait, i.e. by rank time;
// - regular: tier 4 (aged) before tier 5 (weighted), both by rank time within one service, because
//   the aged ones are the oldest and a counter's weight is the same for the whole service (and > 0).
// Ties go to tiebreak, then id, as in the policy. So pick() over the heads is pick() over all.

CandidateIndex::CandidateIndex(const CallingPolicy& policy, std::vector<CallCandidate> candidates)
    : policy_(policy), now_(TimePoint::min()) {
  for (auto& candidate : candidates) {
    const auto id = candidate.ticket.value;
    insert(candidates_.emplace(id, std::move(candidate)).first->second);
  }
}

// Due once advance_to() has passed its due time (advance_to files it under `due` then).
bool CandidateIndex::is_due(const CallCandidate& candidate) const {
  return candidate.appointment_time && *candidate.appointment_time - policy_.config().appointment_lead <= now_;
}

CandidateIndex::Key CandidateIndex::by_rank(const CallCandidate& candidate) {
  return {candidate.rank_time, candidate.tiebreak, candidate.ticket.value};
}

CandidateIndex::Key CandidateIndex::by_appointment(const CallCandidate& candidate) {
  return {*candidate.appointment_time, candidate.tiebreak, candidate.ticket.value};
}

std::set<CandidateIndex::Key>& CandidateIndex::waiting_group(const CallCandidate& candidate) {
  auto& groups = services_[candidate.service];
  return candidate.priority ? groups.priority : groups.regular;
}

// New candidates are filed as not due; advance_to() moves those whose time has come.
void CandidateIndex::insert(const CallCandidate& candidate) {
  if (candidate.target_counter) {
    targeted_[*candidate.target_counter].insert(by_rank(candidate));
    return;
  }
  if (candidate.appointment_time)
    upcoming_.emplace(*candidate.appointment_time - policy_.config().appointment_lead, candidate.ticket.value);
  waiting_group(candidate).insert(by_rank(candidate));
}

void CandidateIndex::erase(const CallCandidate& candidate) {
  if (candidate.target_counter) {
    targeted_[*candidate.target_counter].erase(by_rank(candidate));
  } else if (is_due(candidate)) {
    services_[candidate.service].due.erase(by_appointment(candidate));
  } else {
    if (candidate.appointment_time)
      upcoming_.erase({*candidate.appointment_time - policy_.config().appointment_lead, candidate.ticket.value});
    waiting_group(candidate).erase(by_rank(candidate));
  }
}

void CandidateIndex::advance_to(TimePoint now) {
  while (!upcoming_.empty() && upcoming_.begin()->first <= now) {
    const CallCandidate& candidate = candidates_.at(upcoming_.begin()->second);
    upcoming_.erase(upcoming_.begin());
    waiting_group(candidate).erase(by_rank(candidate));
    services_[candidate.service].due.insert(by_appointment(candidate));
  }
  now_ = std::max(now_, now);
}

std::optional<CallCandidate> CandidateIndex::take(const Counter& counter, TimePoint now) {
  advance_to(now);
  std::vector<CallCandidate> heads;
  const auto add_head = [&](const std::set<Key>& group) {
    if (!group.empty()) heads.push_back(candidates_.at(group.begin()->ticket));
  };
  if (const auto targeted = targeted_.find(counter.id); targeted != targeted_.end()) add_head(targeted->second);
  for (const auto& [service, weight] : counter.services) {
    const auto groups = services_.find(service);
    if (groups == services_.end()) continue;
    add_head(groups->second.due);
    add_head(groups->second.priority);
    add_head(groups->second.regular);
  }
  const auto picked = policy_.pick(counter, heads, now);
  if (!picked) return std::nullopt;
  CallCandidate taken = heads[*picked];
  erase(taken);
  candidates_.erase(taken.ticket.value);
  return taken;
}

std::vector<CallCandidate> CandidateIndex::remaining() const {
  std::vector<CallCandidate> left;
  left.reserve(candidates_.size());
  for (const auto& [id, candidate] : candidates_) left.push_back(candidate);
  return left;
}

}  // namespace civiq::domain
