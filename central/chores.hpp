// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// civiq-central's periodic chores, posted to a database worker: retention at start and then every
// hour (BookingStore::forget_personal_data for what is older than the configured days); every
// `often` the waitlist's offers of freed earlier slots (offer_earlier_slots), and the branches'
// round (docs/sync.md): no-shows of the days their branches reported completely, and the alert
// mails of branches that fell silent or came back.
// Thread rule: construct and destroy on one thread.
#include <chrono>
#include <functional>

#include "county_config.hpp"
#include "db_workers.hpp"
#include "mail_outbox.hpp"
#include "periodic.hpp"

namespace civiq::central {

class Chores {
 public:
  using Clock = std::function<domain::TimePoint()>;
  // `outbox` is woken when a chore queued mail.
  Chores(DbWorkers& workers, const CountyConfig& county, MailOutbox& outbox, Clock clock,
         std::chrono::milliseconds often = std::chrono::seconds{30});

 private:
  void retention();
  void waitlist();
  void branches();

  DbWorkers& workers_;
  const CountyConfig& county_;
  MailOutbox& outbox_;
  Clock clock_;
  Periodic hourly_;  // last: they start running at once
  Periodic often_;
};

}  // namespace civiq::central
