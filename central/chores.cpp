// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "chores.hpp"

#include <iostream>

#include "booking_desk.hpp"
#include "branch_alert_mail.hpp"
#include "staff_store.hpp"

namespace civiq::central {

Chores::Chores(DbWorkers& workers, const CountyConfig& county, MailOutbox& outbox, Clock clock,
               std::chrono::milliseconds often)
    : workers_(workers),
      county_(county),
      outbox_(outbox),
      clock_(std::move(clock)),
      hourly_(std::chrono::hours{1}, [this] { retention(); }),
      often_(often, [this] {
        waitlist();
        branches();
      }) {}

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

void Chores::branches() {
  (void)workers_.post([this](BookingStore& store) {
    try {
      if (const auto settled = store.sync().settle_no_shows())
        std::cout << "civiq-central: " << settled << " booking(s) settled as no-shows" << std::endl;
      if (county_.sync_alert_to.empty()) return;
      const auto alerts = store.sync().take_alerts(
          county_.sync_alert_after, [this](const BranchAlert& alert) { return branch_alert_mails(county_, alert); });
      for (const auto& alert : alerts)
        std::cout << "civiq-central: branch " << alert.office_id << (alert.silent ? " fell silent" : " is back")
                  << "; mailed " << county_.sync_alert_to.size() << " address(es)" << std::endl;
      if (!alerts.empty()) outbox_.wake();
    } catch (const std::exception& error) {
      std::cerr << "civiq-central: branches: " << error.what() << std::endl;
    }
  });
}

}  // namespace civiq::central
