// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "paper_roll.hpp"

#include <doctest/doctest.h>

#include <QTemporaryDir>

namespace civiq::kiosk {
namespace {

TEST_CASE("the roll counts tickets against its length and warns below the threshold") {
  struct Case {
    double rollMm;
    double lowMm;
    int tickets;
    double ticketMm;
    bool low;
  };
  const Case cases[] = {
      {1000, 300, 6, 100, false},  // 400 left
      {1000, 300, 8, 100, true},   // 200 left
      {1000, 300, 20, 100, true},  // used up: 0 left, never negative
      {0, 300, 1000, 100, false},  // not counted
  };
  for (const auto& c : cases) {
    CAPTURE(c.tickets);
    PaperRoll roll(PaperRollConfig{c.rollMm, c.lowMm});
    for (int i = 0; i < c.tickets; ++i) roll.addTicket(c.ticketMm);
    CHECK(roll.tickets() == c.tickets);
    CHECK(roll.low() == c.low);
    CHECK(roll.remainingMm() >= 0);
  }
}

TEST_CASE("the count survives a restart and a refill resets it") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString file = dir.filePath(QStringLiteral("paper-roll"));
  const PaperRollConfig config{1000, 300};
  {
    PaperRoll roll(config, file);
    roll.addTicket(120.5);
    roll.addTicket(100);
  }
  PaperRoll restarted(config, file);
  CHECK(restarted.tickets() == 2);
  CHECK(restarted.usedMm() == doctest::Approx(220.5));
  restarted.refilled();
  PaperRoll afterRefill(config, file);
  CHECK(afterRefill.tickets() == 0);
  CHECK(afterRefill.usedMm() == 0);
}

}  // namespace
}  // namespace civiq::kiosk
