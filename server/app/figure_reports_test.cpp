// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figure_reports.hpp"

#include <doctest/doctest.h>

#include "event_records.hpp"
#include "statistics/statistics_test_events.hpp"
#include "storage/migrations.hpp"

namespace civiq::app {
namespace {

using domain::test::kMonday;
using domain::test::monday;

constexpr domain::ServiceId kVehicleRegistration{1};  // in the demo branch's catalogue

void store(storage::TicketEventStore& events, const std::string& office_id, const domain::Events& day) {
  for (const auto& event : day)
    (void)events.append(event_record(event, office_id, domain::iso_date(domain::berlin_date(event.at))));
}

struct Office {
  Office() {
    storage::migrate(db);
    storage::TicketEventStore events(db);
    store(events, config.office_id,
          statistics::test::served_walk_in(domain::TicketId{1}, kVehicleRegistration, monday(9, 0),
                                           std::chrono::minutes{12}));
  }
  [[nodiscard]] std::map<std::string, std::string> stored_monday() {
    return storage::DayFiguresStore(db).load(key, "2026-11-23", "2026-11-23");
  }

  BranchConfig config = demo_branch_config();
  storage::Database db = storage::Database::open(":memory:");
  storage::DayFiguresKey key{config.office_id, config.sla_target_wait.count(), FigureReports::kFiguresVersion};
  const domain::LocalDate tuesday{std::chrono::sys_days{kMonday} + std::chrono::days{1}};
  const domain::LocalDate wednesday{std::chrono::sys_days{kMonday} + std::chrono::days{2}};
};

}  // namespace

TEST_CASE("a report names the services in the asked language and counts the day's events") {
  Office office;
  FigureReports reports(office.config, office.db);
  const auto report = reports.report(kMonday, kMonday, "en", kMonday);
  CHECK(report.from == "2026-11-23");
  CHECK(report.sla_target_s == 1200);
  REQUIRE(report.rows.size() == 1);
  CHECK(report.rows[0].service == "Vehicle registration");
  CHECK(report.rows[0].served == 1);
  CHECK(report.rows[0].wait_max_s == 12 * 60);
}

TEST_CASE("today and yesterday are counted afresh; an older day is counted once, stored, and read from then on") {
  Office office;
  FigureReports reports(office.config, office.db);
  (void)reports.report(kMonday, kMonday, "de", kMonday);
  CHECK(office.stored_monday().empty());  // still today: more may happen
  (void)reports.report(kMonday, kMonday, "de", office.tuesday);
  CHECK(office.stored_monday().empty());  // yesterday: its last event may still be on its way

  CHECK(reports.report(kMonday, office.wednesday, "de", office.wednesday).rows.at(0).service == "Kfz-Zulassung");
  const auto stored = office.stored_monday();
  REQUIRE(stored.size() == 1);
  CHECK(storage::DayFiguresStore(office.db).load(office.key, "2026-11-24", "2026-11-25").empty());

  // Read, not counted again: a changed stored row shows (nothing else could change it).
  std::string changed = stored.at("2026-11-23");
  const auto at = changed.find("\"served\":1,");
  REQUIRE(at != std::string::npos);
  changed.replace(at, 11, "\"served\":7,");
  storage::DayFiguresStore(office.db).save(office.key, "2026-11-23", changed);
  const auto read = reports.report(kMonday, kMonday, "en", office.wednesday);
  CHECK(read.rows.at(0).served == 7);
  CHECK(read.rows.at(0).service == "Vehicle registration");  // named for each reader

  // Rows this version cannot read are counted again and stored anew.
  storage::DayFiguresStore(office.db).save(office.key, "2026-11-23", "not figures");
  CHECK(reports.report(kMonday, kMonday, "de", office.wednesday).rows.at(0).served == 1);
  CHECK(office.stored_monday().at("2026-11-23") == stored.at("2026-11-23"));
}

TEST_CASE("a closed day without events is stored as no rows") {
  Office office;
  FigureReports reports(office.config, office.db);
  const domain::LocalDate sunday{std::chrono::sys_days{kMonday} - std::chrono::days{1}};
  CHECK(reports.report(sunday, sunday, "de", office.tuesday).rows.empty());
  CHECK(storage::DayFiguresStore(office.db).load(office.key, "2026-11-22", "2026-11-22").at("2026-11-22") == "[]");
}

}  // namespace civiq::app
