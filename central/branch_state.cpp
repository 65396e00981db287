// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_state.hpp"

namespace civiq::central {

BranchState branch_state(const std::optional<BranchRecord>& branch, std::int64_t latest_seq, domain::TimePoint now) {
  if (!branch) return BranchState::NotEnrolled;
  if (!branch->last_pull_at) return BranchState::NeverPulled;
  if (now - *branch->last_pull_at > kBranchSilentAfter) return BranchState::Silent;
  return branch->applied_seq < latest_seq ? BranchState::Behind : BranchState::InStep;
}

std::string branch_state_name(BranchState state) {
  switch (state) {
    case BranchState::NotEnrolled: return "not_enrolled";
    case BranchState::NeverPulled: return "never_pulled";
    case BranchState::Silent: return "silent";
    case BranchState::Behind: return "behind";
    case BranchState::InStep: return "in_step";
  }
  return "unknown";
}

}  // namespace civiq::central
