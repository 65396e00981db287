// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The overview of every office's branch sync (branch_state.hpp) for the county's admin on the shell
// (`civiq-central branches list`) and for staff (GET /api/v1/booking/staff/branches): each office
// of the county, enrolled or not, in the county's order. No HTTP here.
// Thread rule: stateless; the BookingStore is the calling thread's own.
#include <iosfwd>

#include "booking_store.hpp"
#include "county_config.hpp"
#include "protocol/booking_messages.hpp"
#include "staff_access.hpp"

namespace civiq::central {

// The offices `who` manages (an admin, and the shell: all).
[[nodiscard]] protocol::BranchSyncList branch_overview(const CountyConfig& county, BookingStore& store,
                                                       const StaffPrincipal& who, domain::TimePoint now);

// One line per office, for people: "loebau  in_step  last pull 2026-12-07T14:02:11Z (4 s ago)  change 42 of 42".
void print_branch_overview(std::ostream& out, const protocol::BranchSyncList& list, domain::TimePoint now);

}  // namespace civiq::central
