// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_alert_mail.hpp"

#include <doctest/doctest.h>

#include "demo_county_toml.hpp"

namespace civiq::central {
namespace {

using namespace std::chrono;

// Monday 2026-12-07, 09:15 in Löbau (08:15 UTC).
const domain::TimePoint kLastPull = domain::from_berlin(domain::LocalDate{year{2026}, December, day{7}}, hours{9} + minutes{15});

CountyConfig county_alerting(std::vector<std::string> to) {
  auto county = parse_county_config(kDemoCountyToml, "<demo>");
  county.sync_alert_to = std::move(to);
  return county;
}

TEST_CASE("a silent branch is mailed to every alert address: which office, since when, what still works") {
  const auto county = county_alerting({"it@landkreis.example", "leitung.loebau@landkreis.example"});
  const auto mails = branch_alert_mails(county, {"loebau", true, kLastPull});
  REQUIRE(mails.size() == 2);
  CHECK(mails[0].recipient == "it@landkreis.example");
  CHECK(mails[1].recipient == "leitung.loebau@landkreis.example");
  CHECK(mails[0].subject == "civiq: Bürgerbüro Löbau gleicht nicht mehr ab (seit 07.12.2026, 09:15)");
  CHECK(mails[0].body.find("Schwelle: 15 Minuten") != std::string::npos);
  CHECK(mails[0].body.find("arbeitet mit seiner Kopie der Termine weiter") != std::string::npos);
  CHECK(mails[0].body == mails[1].body);
}

TEST_CASE("a branch that pulls again is mailed as back; an unknown office is named by its id") {
  auto county = county_alerting({"it@landkreis.example"});
  county.sync_alert_after = seconds{90};
  const auto back = branch_alert_mails(county, {"loebau", false, kLastPull});
  REQUIRE(back.size() == 1);
  CHECK(back[0].subject == "civiq: Bürgerbüro Löbau gleicht wieder ab");
  const auto unknown = branch_alert_mails(county, {"bautzen", true, kLastPull});
  CHECK(unknown[0].subject.starts_with("civiq: bautzen gleicht nicht mehr ab"));
  CHECK(unknown[0].body.find("Schwelle: 90 Sekunden") != std::string::npos);
}

TEST_CASE("without alert addresses there is no mail") {
  CHECK(branch_alert_mails(county_alerting({}), {"loebau", true, kLastPull}).empty());
}

}  // namespace
}  // namespace civiq::central
