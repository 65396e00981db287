// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// For unit tests: one confirmed booking the tests of mails and rules start from, changing what they
// are about. Löbau, Tuesday 8 December 2026, 09:15 (CET: 08:15 UTC), 20 minutes of service 1.
#include "booking_store.hpp"

namespace civiq::central {

inline StoredBooking sample_booking() {
  using namespace std::chrono;
  StoredBooking booking;
  booking.id = "0b6c4f0e-2d7a-4d53-9a43-1c1f6a3e2f10";
  booking.office_id = "loebau";
  booking.day = year{2026} / 12 / 8;
  booking.start = hours{9} + minutes{15};
  booking.length = minutes{20};
  booking.services = {domain::ServiceId{1}};
  booking.status = "confirmed";
  booking.code = "LOE-3F9A0C2B";
  booking.email = "eva@example.org";
  booking.language = "de";
  return booking;
}

}  // namespace civiq::central
