// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// When a booking gets its reminder mail, and when a booking whose reminder was not answered with
// "I will come" is released (cancelled, its slot free for others) (issue #15). No-shows are 11–20 %
// in German offices; a reminder that asks to confirm or cancel brings many of those slots back.
// Pure rules: the booking as stored and the time come in. Thread rule: stateless.
#include <chrono>
#include <optional>
#include <vector>

#include "booking_store.hpp"
#include "county_config.hpp"

namespace civiq::central {

// When the appointment begins: its office's local day and time (Europe/Berlin) as an instant.
[[nodiscard]] domain::TimePoint appointment_begins(const StoredBooking& booking);

// Whether `booking` gets its reminder now: a confirmed booking, not reminded yet, from `lead` before
// its start until the start. Only one booked (or last moved) before that reminder time: one booked
// later has just had the confirmation mail, which says everything a reminder would, so it gets none
// (and is never released). `lead` 0: no reminders at all.
[[nodiscard]] bool reminder_due(const StoredBooking& booking, std::chrono::hours lead, domain::TimePoint now);

// How long before its start a visit of `services` must be confirmed: the longest
// release_unconfirmed of its services (the earliest deadline); none when none of them releases.
[[nodiscard]] std::optional<std::chrono::hours> release_before(const CountyConfig& county,
                                                               const std::vector<domain::ServiceId>& services);

// By when a booking reminded at `reminded_at` must be confirmed: `release` before its start, but
// never sooner than `lead` - `release` after the reminder, so a reminder that went late (after an
// outage, say) still leaves the citizen the time the county promises. None when that is not before
// the start: such a booking is never released.
[[nodiscard]] std::optional<domain::TimePoint> release_deadline(const StoredBooking& booking,
                                                                domain::TimePoint reminded_at, std::chrono::hours lead,
                                                                std::chrono::hours release);

// Whether to release `booking` now: confirmed, reminded, not answered with "I will come", its
// deadline passed and the appointment not begun.
[[nodiscard]] bool release_due(const StoredBooking& booking, std::chrono::hours lead, std::chrono::hours release,
                               domain::TimePoint now);

}  // namespace civiq::central
