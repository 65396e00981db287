// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "reminder_chore.hpp"

#include <algorithm>
#include <iostream>

#include "mail_texts.hpp"
#include "protocol/booking_messages.hpp"
#include "reminder_mails.hpp"
#include "reminder_rules.hpp"

namespace civiq::central {
namespace {

using std::chrono::hours;

std::string local_text(domain::TimePoint t) {
  return local_when(domain::berlin_date(t), domain::to_berlin(t).time_of_day);
}

std::string manage_page(const CountyConfig& county, const std::string& token) {
  return county.public_url + protocol::path_of(protocol::booking_page::kManage, token);
}

// Hands the due ones among `candidates` to the store, kReminderBatch at a time; `due` is asked again
// there on each booking as locked.
std::size_t in_batches(const CountyConfig& county, BookingStore& store, ReminderStage stage,
                       const std::vector<StoredBooking>& candidates, domain::TimePoint now,
                       const std::function<bool(const StoredBooking&)>& due,
                       const std::function<OutgoingMail(const StoredBooking&, const std::string&)>& mail) {
  std::vector<std::string> ids;
  for (const auto& booking : candidates)
    if (due(booking)) ids.push_back(booking.id);
  std::size_t changed = 0;
  for (std::size_t first = 0; first < ids.size(); first += kReminderBatch) {
    const std::vector<std::string> batch(
        ids.begin() + static_cast<std::ptrdiff_t>(first),
        ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), first + kReminderBatch)));
    changed += store.remind_or_release(stage, batch, now, county.cancelled_slot_return, due, mail);
  }
  return changed;
}

}  // namespace

ReminderRound run_reminder_round(const CountyConfig& county, BookingStore& store, domain::TimePoint now) {
  ReminderRound round;
  const hours lead = county.reminder_lead;
  if (lead <= hours{0}) return round;
  const domain::LocalDate today = domain::berlin_date(now);

  round.reminded = in_batches(
      county, store, ReminderStage::Remind,
      store.reminder_candidates(ReminderStage::Remind, today, domain::berlin_date(now + lead), {}), now,
      [&](const StoredBooking& booking) { return reminder_due(booking, lead, now); },
      [&](const StoredBooking& booking, const std::string& token) {
        std::optional<std::string> confirm_by;
        if (const auto release = release_before(county, booking.services))
          if (const auto deadline = release_deadline(booking, now, lead, *release)) confirm_by = local_text(*deadline);
        return reminder_mail(booking, appointment_words(county, booking), manage_page(county, token), confirm_by);
      });

  std::vector<domain::ServiceId> releasing;
  hours longest{0};
  for (const auto& service : county.services) {
    if (!service.release_unconfirmed) continue;
    releasing.push_back(service.id);
    longest = std::max(longest, *service.release_unconfirmed);
  }
  if (releasing.empty()) return round;
  // A booking can only be due for release within `longest` of its start (the deadline is never sooner).
  round.released = in_batches(
      county, store, ReminderStage::Release,
      store.reminder_candidates(ReminderStage::Release, today, domain::berlin_date(now + longest), releasing), now,
      [&](const StoredBooking& booking) {
        const auto release = release_before(county, booking.services);
        return release && release_due(booking, lead, *release, now);
      },
      [&](const StoredBooking& booking, const std::string& token) {
        const auto release = release_before(county, booking.services).value_or(hours{0});
        const auto deadline = release_deadline(booking, booking.reminded_at.value_or(now), lead, release);
        return release_mail(booking, appointment_words(county, booking), local_text(deadline.value_or(now)),
                            county.public_url + std::string(protocol::booking_page::kStart.pattern),
                            appointment_calendar(county, booking, manage_page(county, token), now));
      });
  return round;
}

ReminderChore::ReminderChore(const CountyConfig& county, DbWorkers& workers, MailOutbox& outbox, Clock clock)
    : county_(county), workers_(workers), outbox_(outbox), clock_(std::move(clock)) {
  periodic_.emplace(std::chrono::duration_cast<std::chrono::milliseconds>(county.reminder_check),
                    [this] { post_round(); });
}

ReminderChore::~ReminderChore() {
  periodic_.reset();  // no new round
  std::unique_lock lock(mutex_);
  round_done_.wait(lock, [this] { return !in_flight_; });
}

void ReminderChore::post_round() {
  {
    const std::lock_guard lock(mutex_);
    if (in_flight_) return;  // the last round still runs (a slow database): it takes what is due
    in_flight_ = true;
  }
  const bool queued = workers_.post([this](BookingStore& store) {
    try {
      const ReminderRound round = run_reminder_round(county_, store, clock_());
      if (round.reminded + round.released > 0) {
        outbox_.wake();
        std::cout << "civiq-central: reminders: " << round.reminded << " reminded, " << round.released
                  << " released for want of a confirmation" << std::endl;
      }
    } catch (const std::exception& error) {
      std::cerr << "civiq-central: reminders: " << error.what() << std::endl;
    }
    // Under the lock: once the destructor sees the round done, nothing here touches the chore again.
    const std::lock_guard lock(mutex_);
    in_flight_ = false;
    round_done_.notify_all();
  });
  if (!queued) {  // a full queue skips this round; the next comes soon
    const std::lock_guard lock(mutex_);
    in_flight_ = false;
  }
}

}  // namespace civiq::central
