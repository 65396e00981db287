// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A queue event as the anonymous fact a branch sends to central booking (issue #16, docs/sync.md):
// what statistics need (when, which ticket, counter and services, waits and service times, the
// outcome) and nothing personal. Written as a whitelist: a field a future event type adds reaches
// the centre only when it is added here.
#include <cstdint>
#include <string>

#include "domain/events.hpp"
#include "protocol/booking_messages.hpp"

namespace civiq::protocol {

// `instance`, `seq`: the event's global identity (BranchFact).
[[nodiscard]] BranchFact fact_of(const std::string& instance, std::int64_t seq, const std::string& office_day,
                                 const domain::Event& event);

}  // namespace civiq::protocol
