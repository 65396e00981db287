// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_state.hpp"

#include <doctest/doctest.h>

namespace civiq::central {
namespace {

using namespace std::chrono;

const domain::TimePoint kNow{seconds{1'796'634'000}};
const domain::TimePoint kEnrolled = kNow - hours{24};

TEST_CASE("a branch's state: enrolled or not, pulled or not, silent, behind or in step") {
  CHECK(branch_state(std::nullopt, 0, kNow) == BranchState::NotEnrolled);
  CHECK(branch_state(BranchRecord{kEnrolled, std::nullopt, 0}, 5, kNow) == BranchState::NeverPulled);
  CHECK(branch_state(BranchRecord{kEnrolled, kNow - seconds{20}, 5}, 5, kNow) == BranchState::InStep);
  CHECK(branch_state(BranchRecord{kEnrolled, kNow - seconds{20}, 4}, 5, kNow) == BranchState::Behind);
  // A long poll of 55 s and its reconnect stay well inside; two minutes without a pull do not.
  CHECK(branch_state(BranchRecord{kEnrolled, kNow - kBranchSilentAfter, 5}, 5, kNow) == BranchState::InStep);
  CHECK(branch_state(BranchRecord{kEnrolled, kNow - kBranchSilentAfter - seconds{1}, 5}, 5, kNow) ==
        BranchState::Silent);
  CHECK(branch_state_name(BranchState::Silent) == "silent");
  CHECK(branch_state_name(BranchState::InStep) == "in_step");
}

}  // namespace
}  // namespace civiq::central
