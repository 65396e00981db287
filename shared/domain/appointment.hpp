// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// An appointment booked for a day (imported now; synced from central booking later). Check-in at the
// kiosk turns it into a ticket marked as appointment. The citizen's name is personal data: it lives
// only here and in the appointments table, never in ticket events, and is deleted after retention.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "berlin_time.hpp"
#include "ids.hpp"
#include "result.hpp"

namespace civiq::domain {

struct Appointment {
  std::string code;                 // what the citizen types or scans at the kiosk
  std::vector<ServiceId> services;  // in order
  TimePoint time;                   // slot start
  std::string citizen_name;         // personal data; may be empty
  bool cancelled = false;
  friend bool operator==(const Appointment&, const Appointment&) = default;
};

struct CheckInWindow {
  std::chrono::seconds earliest_before{3600};  // check-in opens this long before the slot
  std::chrono::seconds latest_after{900};      // and closes this long after it
};

// How far from now an imported appointment may lie. Bookings reach some months ahead; a date far
// outside is a placeholder of the exporting system (an "open end" such as 9999-12-31), never a
// slot, and must be refused as bad input, not stored.
struct ImportWindow {
  std::chrono::days before{400};  // past bookings may still be corrected or back-filled
  std::chrono::days ahead{400};
};

// Whether an appointment may be imported now: its time within the window. The error names the
// field ("time: ...") for the importer's message.
[[nodiscard]] Result<void> check_importable(const Appointment& appointment, TimePoint now, const ImportWindow& window);

// Whether the appointment may be checked in now (day, window, cancellation). Already-checked-in is
// decided by the queue, which knows the day's tickets.
[[nodiscard]] Result<void> check_in_allowed(const Appointment& appointment, TimePoint now, const CheckInWindow& window);

}  // namespace civiq::domain
