// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The county admin's commands on the server's shell, beside the staff routes (docs/install.md,
// "Central booking"), as the county's admin and with the same checks:
//   civiq-central --config FILE offices                                the offices as configured
//   civiq-central --config FILE availability --office loebau [--from 2026-12-08] [--to …]
//   civiq-central --config FILE closures list --office loebau
//   civiq-central --config FILE closures add --office loebau --day 2026-12-24 --reason "…"
//   civiq-central --config FILE closures remove ID
//   civiq-central --config FILE desks list --office loebau
//   civiq-central --config FILE desks add --office loebau --day 2026-12-09 --from 12:00 --to 16:00 --desks 1
//   civiq-central --config FILE desks remove ID
//   civiq-central --config FILE branches add --office loebau   prints the branch's sync credential once
//   civiq-central --config FILE branches list | remove --office loebau
// A closure cancels the day's bookings and queues a mail to each citizen in the same transaction;
// the running civiq-central sends them. Thread rule: the main thread's.
#include <iosfwd>
#include <string>

#include "county_config.hpp"
#include "domain/berlin_time.hpp"

namespace CLI {
class App;
}

namespace civiq::central {

class OfficeCommands {
 public:
  // Adds `offices`, `availability`, `closures`, `desks` and `branches` to `cli`.
  explicit OfficeCommands(CLI::App& cli);

  // Whether the command line chose one of them.
  [[nodiscard]] bool chosen() const;

  // Runs it on the county's database at `now`. Returns the exit code.
  [[nodiscard]] int run(const CountyConfig& county, std::ostream& out, std::ostream& err, domain::TimePoint now) const;

 private:
  CLI::App* offices_;
  CLI::App* availability_;
  CLI::App* closures_;
  CLI::App* list_;
  CLI::App* add_;
  CLI::App* remove_;
  CLI::App* desks_;
  CLI::App* list_desks_;
  CLI::App* change_desks_;
  CLI::App* undo_desks_;
  CLI::App* branches_;
  CLI::App* add_branch_;
  CLI::App* list_branches_;
  CLI::App* remove_branch_;
  std::string office_, from_, to_, day_, reason_, closure_, desk_change_;
  int desk_count_ = 0;
};

}  // namespace civiq::central
