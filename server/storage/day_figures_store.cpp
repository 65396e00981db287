// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "day_figures_store.hpp"

namespace civiq::storage {

DayFiguresStore::DayFiguresStore(Database& db)
    : load_(db,
            "SELECT office_day, rows FROM day_figures WHERE office_id = :office_id AND sla_target_s = :sla "
            "AND figures_version = :version AND office_day BETWEEN :first_day AND :last_day"),
      save_(db,
            "INSERT OR REPLACE INTO day_figures (office_id, office_day, sla_target_s, figures_version, rows) "
            "VALUES (:office_id, :office_day, :sla, :version, :rows)") {}

std::map<std::string, std::string> DayFiguresStore::load(const DayFiguresKey& key, std::string_view first_day,
                                                         std::string_view last_day) {
  const Execution execution{load_};
  load_.bind(":office_id", key.office_id)
      .bind(":sla", key.sla_target_s)
      .bind(":version", key.figures_version)
      .bind(":first_day", first_day)
      .bind(":last_day", last_day);
  std::map<std::string, std::string> days;
  while (load_.step()) days.emplace(load_.text(0), load_.text(1));
  return days;
}

void DayFiguresStore::save(const DayFiguresKey& key, std::string_view office_day, std::string_view rows) {
  const Execution execution{save_};
  save_.bind(":office_id", key.office_id)
      .bind(":office_day", office_day)
      .bind(":sla", key.sla_target_s)
      .bind(":version", key.figures_version)
      .bind(":rows", rows)
      .run();
}

}  // namespace civiq::storage
