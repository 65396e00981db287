// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How each office's branch keeps up with central booking (issue #16, docs/sync.md), as the county's
// admin (`civiq-central branches list`) and the managers (GET /api/v1/booking/staff/branches) see
// it. A connected branch pulls at least every wait_s (at most 55 s): one not heard from for
// kBranchSilentAfter has lost its line, is stopped, or is stuck. Pure: the time comes in.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/berlin_time.hpp"

namespace civiq::central {

inline constexpr std::chrono::seconds kBranchSilentAfter{120};

enum class BranchState {
  NotEnrolled,  // the office has no branch credential (civiq-central branches add)
  NeverPulled,  // a credential, but no pull with it yet
  Silent,       // no pull for kBranchSilentAfter
  Behind,       // it pulls, and has not applied the office's newest change yet (usually for moments)
  InStep,       // it pulls and has everything
};

// What the centre recorded of a branch (none: not enrolled) and its office's newest change number.
struct BranchRecord {
  domain::TimePoint credential_since;
  std::optional<domain::TimePoint> last_pull_at;
  std::int64_t applied_seq = 0;
};

[[nodiscard]] BranchState branch_state(const std::optional<BranchRecord>& branch, std::int64_t latest_seq,
                                       domain::TimePoint now);
// "in_step", "behind", "silent", "never_pulled", "not_enrolled": the API's and the shell's word.
[[nodiscard]] std::string branch_state_name(BranchState state);

}  // namespace civiq::central
