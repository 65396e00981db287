// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// FigureReports: the office manager's figures for a range of days (docs/statistics.md), on a database
// connection of its own, so that a long report never holds up the queue (SQLite's WAL lets it read
// while the office worker writes). A closed day never changes, so its figures are counted from the
// event log once and stored (storage::DayFiguresStore); later reports read them. Today and yesterday
// are always counted afresh.
// Thread rule: one thread at a time (the report worker); must not outlive its Database.
#include <string>
#include <vector>

#include "branch_config.hpp"
#include "domain/berlin_time.hpp"
#include "protocol/messages.hpp"
#include "storage/database.hpp"
#include "storage/day_figures_store.hpp"
#include "storage/ticket_event_store.hpp"

namespace civiq::app {

class FigureReports {
 public:
  // The longest report: a year and a day, so any calendar year fits.
  static constexpr int kMaxDays = 366;
  // The definition of the figures that stored days were counted with. Raise it with any change of a
  // definition in docs/statistics.md: days stored under an older one are then counted again.
  static constexpr int kFiguresVersion = 1;

  FigureReports(const BranchConfig& config, storage::Database& db);

  // The figures of the days from `first` to `last` (inclusive); service names in `language`. Days
  // before yesterday (`today` is the office clock's Berlin day) are stored once counted.
  // Throws std::runtime_error when a stored event cannot be read (replay_event, event_records.hpp).
  [[nodiscard]] protocol::FiguresReport report(domain::LocalDate first, domain::LocalDate last,
                                               const std::string& language, domain::LocalDate today);

 private:
  [[nodiscard]] std::vector<protocol::FigureRow> count_day(const std::string& day);

  const BranchConfig& config_;
  storage::Database& db_;
  storage::TicketEventStore events_;
  storage::DayFiguresStore days_;
};

}  // namespace civiq::app
