// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "chores.hpp"

#include <iostream>

#include "booking_desk.hpp"
#include "staff_store.hpp"

namespace civiq::central {

Chores::Chores(DbWorkers& workers, const CountyConfig& county, MailOutbox& outbox, Clock clock,
               std::chrono::milliseconds often)
    : workers_(workers),
      county_(county),
      outbox_(outbox),
      clock_(std::move(clock)),
      hourly_(std::chrono::hours{1}, [this] { retention(); }),
      often_(often, [this] { waitlist(); }) {}

// A full queue skips a round; the next comes soon enough.
void Chores::retention() {
  const domain::TimePoint cutoff = clock_() - county_.personal_data_retention;
  (void)workers_.post([cutoff](BookingStore& store) {
    try {
      if (const auto forgotten = store.forget_personal_data(domain::berlin_date(cutoff), cutoff))
        std::cout << "civiq-central: retention: forgot the contact data of " << forgotten << " bookings" << std::endl;
      (void)store.staff().forget_refusals_before(cutoff);  // the audit log's counts (staff_store.hpp)
    } catch (const std::exception& error) {
      std::cerr << "civiq-central: retention: " << error.what() << std::endl;
    }
  });
}

void Chores::waitlist() {
  (void)workers_.post([this](BookingStore& store) {
    try {
      if (offer_earlier_slots(county_, store, clock_()) > 0) outbox_.wake();
    } catch (const std::exception& error) {
      std::cerr << "civiq-central: waitlist: " << error.what() << std::endl;
    }
  });
}

}  // namespace civiq::central
