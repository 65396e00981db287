// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_overview.hpp"

#include <algorithm>
#include <ostream>

#include "protocol/json_codec.hpp"
#include "sync_store.hpp"

namespace civiq::central {

protocol::BranchSyncList branch_overview(const CountyConfig& county, BookingStore& store, const StaffPrincipal& who,
                                         domain::TimePoint now) {
  const auto enrolled = store.sync().branches();
  protocol::BranchSyncList list;
  for (const auto& office : county.offices) {
    if (!may_manage(who, office.id)) continue;
    const auto found = std::find_if(enrolled.begin(), enrolled.end(),
                                    [&](const BranchCredential& b) { return b.office_id == office.id; });
    const BranchCredential* branch = found == enrolled.end() ? nullptr : &*found;
    const auto record = branch ? std::optional(branch->record) : std::nullopt;
    const std::int64_t latest = branch ? branch->latest_seq : 0;
    list.branches.push_back({office.id, branch_state_name(branch_state(record, latest, now)),
                             record ? record->last_pull_at : std::nullopt, record ? record->applied_seq : 0, latest,
                             record ? std::optional(record->credential_since) : std::nullopt,
                             branch ? branch->last_upload_at : std::nullopt, branch ? branch->pending_facts : 0});
  }
  return list;
}

void print_branch_overview(std::ostream& out, const protocol::BranchSyncList& list, domain::TimePoint now) {
  for (const auto& branch : list.branches) {
    out << branch.office << '\t' << branch.state;
    if (branch.last_pull_at)
      out << "\tlast pull " << protocol::format_time(*branch.last_pull_at) << " ("
          << std::chrono::duration_cast<std::chrono::seconds>(now - *branch.last_pull_at).count() << " s ago)";
    if (branch.enrolled_at)
      out << "\tchange " << branch.applied_seq << " of " << branch.latest_seq << "\tenrolled "
          << protocol::format_time(*branch.enrolled_at);
    if (branch.last_upload_at)
      out << "\tlast facts " << protocol::format_time(*branch.last_upload_at) << ", " << branch.pending_facts
          << " waiting";
    out << '\n';
  }
}

}  // namespace civiq::central
