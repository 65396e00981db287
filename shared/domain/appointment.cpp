// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "appointment.hpp"

namespace civiq::domain {

Result<void> check_in_allowed(const Appointment& appointment, TimePoint now, const CheckInWindow& window) {
  if (appointment.cancelled) return {ErrorCode::AppointmentCancelled, "the appointment was cancelled"};
  if (berlin_date(appointment.time) != berlin_date(now))
    return {ErrorCode::AppointmentNotToday, "the appointment is on " + iso_date(berlin_date(appointment.time)),
            appointment.time};
  if (const TimePoint opens = appointment.time - window.earliest_before; now < opens)
    return {ErrorCode::CheckInTooEarly,
            "check-in opens " + std::to_string(window.earliest_before.count() / 60) + " minutes before the appointment",
            opens};
  if (now > appointment.time + window.latest_after)
    return {ErrorCode::CheckInTooLate, "check-in closed " + std::to_string(window.latest_after.count() / 60) +
                                           " minutes after the appointment; please take a walk-in ticket"};
  return {};
}

Result<void> check_importable(const Appointment& appointment, TimePoint now, const ImportWindow& window) {
  const TimePoint earliest = now - window.before;
  const TimePoint latest = now + window.ahead;
  // Compared as time points before any calendar day is taken: 9999-12-31T23:59:59Z has none in
  // Berlin that fits four digits.
  if (appointment.time < earliest || appointment.time > latest)
    return {ErrorCode::InvalidArgument, "time: must lie between " + iso_date(berlin_date(earliest)) + " and " +
                                            iso_date(berlin_date(latest)) + " (not a placeholder date)"};
  return {};
}

}  // namespace civiq::domain
