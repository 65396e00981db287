// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// TicketEventStore: the append-only queue history (table ticket_events). Invariants: events are only
// ever appended (triggers reject UPDATE and DELETE, so not even a bug can rewrite history); seq is
// assigned by SQLite and strictly increases; an idempotency key is used by at most one event.
// Replaying an office day's events in seq order rebuilds that day's queue. Personal data of an event
// lives beside it (ticket_event_personal), so that it can be forgotten without rewriting history.
// Thread rule: that of its Database (one thread at a time); must not outlive it.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "database.hpp"
#include "statement.hpp"

namespace civiq::storage {

struct StoredEvent {
  std::int64_t seq = 0;
  std::string office_id;
  std::string office_day;  // 'YYYY-MM-DD', Europe/Berlin
  std::optional<std::int64_t> ticket_id;  // none for counter events
  std::string type;
  std::string actor;
  std::string payload;  // JSON
  std::int64_t occurred_at = 0;  // unix seconds
  std::optional<std::string> idempotency_key;
  // The event's personal data (JSON object), kept in ticket_event_personal: retention deletes it
  // there while the event stays. Absent when the event had none, or it has been forgotten.
  std::optional<std::string> personal;
  friend bool operator==(const StoredEvent&, const StoredEvent&) = default;
};

class TicketEventStore {
 public:
  explicit TicketEventStore(Database& db);

  // Appends one event and returns its seq (event.seq is ignored). Wrap the events of one command in
  // one Transaction. A reused idempotency key throws ConstraintError (is_duplicate()); look the key up
  // first with find_by_idempotency_key to answer a retry with the original result.
  std::int64_t append(const StoredEvent& event);
  // One office day's events, oldest first.
  [[nodiscard]] std::vector<StoredEvent> load_day(std::string_view office_id, std::string_view office_day);
  // The events of the office days from `first_day` to `last_day` ('YYYY-MM-DD', both inclusive), in
  // seq order: the input of a statistics report.
  [[nodiscard]] std::vector<StoredEvent> load_days(std::string_view office_id, std::string_view first_day,
                                                   std::string_view last_day);
  [[nodiscard]] std::optional<StoredEvent> find_by_idempotency_key(std::string_view key);
  // The events after `after` in seq order, at most `limit`, without personal data (the sync's outbox).
  [[nodiscard]] std::vector<StoredEvent> after(std::int64_t after, std::size_t limit);
  // How many events come after `after`.
  [[nodiscard]] std::int64_t count_after(std::int64_t after);
  // The newest event's seq (of any office and day); 0 when there is none.
  [[nodiscard]] std::int64_t max_seq();
  // The largest ticket id in the events or the tickets projection; 0 when there is none.
  [[nodiscard]] std::int64_t max_ticket_id();
  // The newest `limit` events of one type at one office, newest first (seeds wait estimates).
  [[nodiscard]] std::vector<StoredEvent> recent_of_type(std::string_view office_id, std::string_view type,
                                                        std::size_t limit);
  // Streams every event in seq order without loading them all, without personal data (an export
  // is for statistics). `sink` must not use this store.
  void export_all(const std::function<void(const StoredEvent&)>& sink);
  // Retention: deletes the personal data of events that occurred up to `cutoff_unix` (inclusive:
  // a retention of 0 days forgets everything until now); returns how many events lost theirs. The
  // events themselves stay and replay as before.
  std::size_t forget_personal_data_until(std::int64_t cutoff_unix);

 private:
  Statement append_;
  Statement append_personal_;
  Statement load_day_;
  Statement load_days_;
  Statement find_by_key_;
  Statement max_seq_;
  Statement max_ticket_id_;
  Statement recent_of_type_;
  Statement export_all_;
  Statement after_;
  Statement count_after_;
  Statement forget_personal_;
};

}  // namespace civiq::storage
