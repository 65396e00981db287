// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The reminder chore (issue #15): at start and then every [central] reminder_check_s, a round on a
// database worker reminds the bookings that are due and releases those of releasing services that
// were not confirmed in time (central/reminder_rules.hpp), then wakes the outbox. Each booking is
// changed and its mail queued in one transaction (BookingStore::remind_or_release), so a crash
// never loses a reminder nor sends one twice; two rounds at once (two servers on one database)
// skip each other's rows. Thread rule: construct and destroy on one thread.
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>

#include "county_config.hpp"
#include "db_workers.hpp"
#include "mail_outbox.hpp"
#include "periodic.hpp"

namespace civiq::central {

// How many bookings one transaction of a round takes at most: a first start with reminders on
// finds every booking of the next days due, and rows stay locked only briefly.
inline constexpr std::size_t kReminderBatch = 100;

struct ReminderRound {
  std::size_t reminded = 0;
  std::size_t released = 0;
};

// One round: everything due at `now` is reminded or released, in batches.
ReminderRound run_reminder_round(const CountyConfig& county, BookingStore& store, domain::TimePoint now);

class ReminderChore {
 public:
  using Clock = std::function<domain::TimePoint()>;
  // Needs reminders on (county.reminder_lead > 0). `county` and `outbox` outlive the chore.
  ReminderChore(const CountyConfig& county, DbWorkers& workers, MailOutbox& outbox, Clock clock);
  // Stops the rounds and waits for one still running on a worker.
  ~ReminderChore();
  ReminderChore(const ReminderChore&) = delete;
  ReminderChore& operator=(const ReminderChore&) = delete;

 private:
  void post_round();

  const CountyConfig& county_;
  DbWorkers& workers_;
  MailOutbox& outbox_;
  Clock clock_;
  std::mutex mutex_;
  std::condition_variable round_done_;
  bool in_flight_ = false;            // a round is queued or running: the next waits its turn
  std::optional<Periodic> periodic_;  // last: it starts at once
};

}  // namespace civiq::central
