// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The mails of a branch alert (docs/sync.md, "When a branch falls silent"): one to each address of
// the county's sync.alert_to, in German (the county's IT and office managers read them), saying
// which office, since when, what still works there and what to look at. Thread rule: stateless.
#include <vector>

#include "county_config.hpp"
#include "sync_store.hpp"

namespace civiq::central {

[[nodiscard]] std::vector<AlertMail> branch_alert_mails(const CountyConfig& county, const BranchAlert& alert);

}  // namespace civiq::central
