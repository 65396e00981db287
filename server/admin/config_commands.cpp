// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-admin config check: what a restart with a changed branch.toml would do, before doing it.
// The services and counters come from the configuration at every start (there is nothing to
// import into the database); this runs the server's own start-up on the real database, so it
// fails exactly when the server would: a bad key (file:line) or services and counters that today's
// tickets still use.
#include <iostream>

#include "admin_support.hpp"
#include "app/branch_config.hpp"
#include "app/office_service.hpp"

namespace civiq::admin {

int check_config(const std::string& db_path, const std::string& config_path) {
  const app::BranchConfig config = app::load_branch_config(config_path);
  auto db = open_database(db_path);
  app::OfficeService office(config, db);
  office.load(domain::TimePoint{std::chrono::seconds{unix_now()}});

  const domain::Catalog& catalog = *config.catalog;
  std::cout << config_path << ": " << catalog.office_name << " (" << config.office_id << "), fits today's "
            << office.queue().tickets().size() << " tickets in " << db_path << "\n";
  for (const auto& service : catalog.services)
    std::cout << "  service " << service.id.value << "  " << service.prefix << "  "
              << (service.leika_id.empty() ? "(no LeiKa id)" : service.leika_id) << "  " << service.name("de")
              << (service.active ? "" : "  [inactive]") << "\n";
  for (const auto& counter : catalog.counters) {
    std::cout << "  counter " << counter.id.value << "  " << counter.name << "  serves";
    for (const auto& [service, weight] : counter.services) std::cout << ' ' << service.value;
    std::cout << "\n";
  }
  return 0;
}

}  // namespace civiq::admin
