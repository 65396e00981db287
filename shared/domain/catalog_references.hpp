// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Does a day's queue still fit its catalog? A branch's services and counters come from its
// configuration at every start, while the day's tickets come from the stored events. Removing a
// service or counter that today's tickets still refer to would leave tickets nobody can call and
// views that cannot name them, so the server refuses to start with such a configuration and
// `civiq-admin config check` says so before a restart. Thread rule: stateless.
#include <string>
#include <vector>

#include "office_queue.hpp"

namespace civiq::domain {

// One line per reference the catalog cannot resolve, e.g. "ticket G001 needs service 6"; empty when
// everything fits. Covers every ticket of the day (also finished ones: the views list them), the
// counters' state and the recent calls.
[[nodiscard]] std::vector<std::string> references_outside_catalog(const OfficeQueue& queue);

}  // namespace civiq::domain
