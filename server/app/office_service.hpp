// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// OfficeService: the one place where a branch's queue changes. Every command goes through
// execute(): the domain decides events, they are stored in one SQLite transaction
// (synchronous=FULL), only then applied to the in-memory queue, and finally handed to the change
// listener (which pushes them to subscribers). Appointment changes (import, reload) reach the
// listener with no events. At start, load() replays today's stored events, so
// after a crash the queue is exactly what was acknowledged. A new Berlin day starts a fresh queue.
// Thread rule: not synchronised; used only on the office worker thread.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "branch_config.hpp"
#include "domain/office_queue.hpp"
#include "domain/wait_estimator.hpp"
#include "storage/appointment_repository.hpp"
#include "storage/database.hpp"
#include "storage/ticket_event_store.hpp"
#include "storage/ticket_projection.hpp"

namespace civiq::app {

using domain::Events;
using domain::OfficeQueue;
using domain::Result;
using domain::TimePoint;

class OfficeService {
 public:
  using Decide = std::function<Result<Events>(const OfficeQueue&)>;
  using ChangeListener = std::function<void(const Events&, TimePoint now)>;

  OfficeService(const BranchConfig& config, storage::Database& db);

  void load(TimePoint now);
  void set_change_listener(ChangeListener listener) { listener_ = std::move(listener); }
  // How fast the office clock runs (office seconds per real second; 1 except in demos and
  // simulations). Views pass it on so that a live page counts down in office time.
  void set_time_speed(double speed) { time_speed_ = speed; }
  [[nodiscard]] double time_speed() const { return time_speed_; }

  // Decides, stores, applies and publishes. An idempotency key is stored with the first event so a
  // retried request can find what it did (find_idempotent).
  Result<Events> execute(const Decide& decide, TimePoint now, const std::optional<std::string>& idempotency_key = {});
  // What a command with this key did today: the ticket it concerned, if any. Nothing: key unused.
  struct IdempotentResult {
    std::optional<domain::TicketId> ticket;
  };
  [[nodiscard]] std::optional<IdempotentResult> find_idempotent(const std::string& key) const;
  // How many commands have been committed since start: a handler that failed can tell whether its
  // change was stored before it failed.
  [[nodiscard]] std::uint64_t commits() const { return commits_; }
  // The office's event sequence: the seq of the newest stored event. It only grows, so a client can
  // tell whether a reply or a pushed frame is newer than what it has.
  [[nodiscard]] std::int64_t last_seq() const { return last_seq_; }

  // Periodic housekeeping: day rollover, the end-of-day rule at closing time.
  void tick(TimePoint now);

  [[nodiscard]] const OfficeQueue& queue() const { return *queue_; }
  [[nodiscard]] const BranchConfig& config() const { return config_; }
  [[nodiscard]] const domain::ServiceTimeEstimator& service_times() const { return service_times_; }
  // Estimates for the current state, recomputed when the state changed or they are a few seconds old.
  [[nodiscard]] const std::map<domain::TicketId, domain::WaitEstimate>& estimates(TimePoint now);

  // An appointment of this office by code: today's from memory, other days' from the database (so a
  // citizen on the wrong day hears "not today" rather than "unknown").
  [[nodiscard]] std::optional<domain::Appointment> find_appointment(const std::string& code);
  [[nodiscard]] const std::map<std::string, domain::Appointment>& appointments() const { return appointments_; }
  void import_appointments(const std::vector<domain::Appointment>& appointments, TimePoint now);
  // Re-reads today's appointments (civiq-admin may import while the server runs).
  void reload_appointments();

 private:
  void start_day(domain::LocalDate day, TimePoint now);
  void roll_over_if_needed(TimePoint now);
  void store(const Events& events, const std::optional<std::string>& idempotency_key);
  void learn(const domain::Event& event);

  const BranchConfig& config_;
  double time_speed_ = 1.0;
  storage::Database& db_;
  storage::TicketEventStore events_;
  storage::TicketProjection projection_;
  storage::AppointmentRepository appointment_repository_;
  std::unique_ptr<OfficeQueue> queue_;
  domain::ServiceTimeEstimator service_times_;
  std::map<std::string, IdempotentResult> idempotency_keys_;
  std::map<std::string, domain::Appointment> appointments_;
  bool day_closed_ = false;
  std::uint64_t version_ = 0;
  std::uint64_t commits_ = 0;
  std::int64_t last_seq_ = 0;
  std::uint64_t estimates_version_ = ~std::uint64_t{0};
  TimePoint estimates_at_{};
  std::map<domain::TicketId, domain::WaitEstimate> estimates_;
  ChangeListener listener_;
};

}  // namespace civiq::app
