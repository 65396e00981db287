// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// TicketProjection: the current state of each ticket (table tickets), kept beside ticket_events so a
// ticket's status page does not need a replay. It is derived data: everything in it can be rebuilt
// from the events. Invariants: token is unique; (office_id, office_day, number) is unique, so even a
// bug in numbering cannot hand one number out twice a day (upsert throws ConstraintError instead).
// Thread rule: that of its Database (one thread at a time); must not outlive it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "database.hpp"
#include "statement.hpp"

namespace civiq::storage {

struct TicketRow {
  std::int64_t id = 0;
  std::string office_id;
  std::string office_day;  // 'YYYY-MM-DD', Europe/Berlin
  std::string number;      // as shown on the ticket, e.g. "A017"
  std::string token;       // the citizen's status link
  std::string status;
  std::int32_t service_id = 0;
  std::string state_json;  // the full ticket as JSON
  std::int64_t last_seq = 0;  // the last event folded into this row
  friend bool operator==(const TicketRow&, const TicketRow&) = default;
};

class TicketProjection {
 public:
  explicit TicketProjection(Database& db);

  // Inserts the row, or replaces the row with the same id. Throws ConstraintError (is_duplicate())
  // when another ticket already has this token or this number on this office day.
  void upsert(const TicketRow& row);
  [[nodiscard]] std::optional<TicketRow> find_by_token(std::string_view token);
  // One office day's tickets in id order (to compare a replay with the live state).
  [[nodiscard]] std::vector<TicketRow> list_day(std::string_view office_id, std::string_view office_day);

 private:
  Statement upsert_;
  Statement find_by_token_;
  Statement list_day_;
};

}  // namespace civiq::storage
