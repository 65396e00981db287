// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// FigureReports: the office manager's figures for a range of days, computed from the stored event
// log (docs/statistics.md) on a connection of its own, so that a long report never holds up the
// queue: SQLite's WAL lets it read while the office worker writes.
// Thread rule: one thread at a time (the report worker); must not outlive its Database.
#include <string>

#include "branch_config.hpp"
#include "domain/berlin_time.hpp"
#include "protocol/messages.hpp"
#include "storage/database.hpp"
#include "storage/ticket_event_store.hpp"

namespace civiq::app {

class FigureReports {
 public:
  // The longest report: a year and a day, so any calendar year fits.
  static constexpr int kMaxDays = 366;

  FigureReports(const BranchConfig& config, storage::Database& db);

  // The figures of the days from `first` to `last` (inclusive); service names in `language`.
  // Throws std::runtime_error when a stored event cannot be read (replay_event).
  [[nodiscard]] protocol::FiguresReport report(domain::LocalDate first, domain::LocalDate last,
                                               const std::string& language);

 private:
  const BranchConfig& config_;
  storage::TicketEventStore events_;
};

}  // namespace civiq::app
