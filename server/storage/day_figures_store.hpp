// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// DayFiguresStore: the figures of closed office days as computed once (table day_figures), so that
// reports over months and years need not fold the days' events again. The rows are text (JSON) to
// this store; app::FigureReports decides what they mean and when a day is closed.
// Thread rule: that of its Database (one thread at a time); must not outlive it.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "database.hpp"
#include "statement.hpp"

namespace civiq::storage {

// Which figures: one office, one SLA target, one definition of the figures.
struct DayFiguresKey {
  std::string office_id;
  std::int64_t sla_target_s = 0;
  int figures_version = 0;
};

class DayFiguresStore {
 public:
  explicit DayFiguresStore(Database& db);

  // The stored rows of the days from `first_day` to `last_day` (inclusive), by day; days never
  // stored are absent.
  [[nodiscard]] std::map<std::string, std::string> load(const DayFiguresKey& key, std::string_view first_day,
                                                        std::string_view last_day);
  // Stores (or replaces) one day's rows. Wrap many days in one Transaction.
  void save(const DayFiguresKey& key, std::string_view office_day, std::string_view rows);

 private:
  Statement load_;
  Statement save_;
};

}  // namespace civiq::storage
