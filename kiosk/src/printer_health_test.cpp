// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "printer_health.hpp"

#include <doctest/doctest.h>

namespace civiq::kiosk {
namespace {

TEST_CASE("IPP printer-state and printer-state-reasons become a typed health") {
  struct Case {
    int state;
    bool accepting;
    QStringList reasons;
    PrinterState expectedState;
    std::set<PrinterCondition> conditions;
    bool canPrint;
    bool attention;
  };
  const Case cases[] = {
      {3, true, {"none"}, PrinterState::Idle, {}, true, false},
      {4, true, {"media-low-warning"}, PrinterState::Processing, {PrinterCondition::MediaLow}, true, true},
      {5, true, {"media-empty-error"}, PrinterState::Stopped, {PrinterCondition::MediaEmpty}, false, true},
      {3, true, {"media-needed"}, PrinterState::Idle, {PrinterCondition::MediaEmpty}, false, true},
      {5, true, {"paused"}, PrinterState::Stopped, {PrinterCondition::Paused}, false, true},
      {5,
       true,
       {"media-jam-error", "door-open-error"},
       PrinterState::Stopped,
       {PrinterCondition::MediaJam, PrinterCondition::DoorOpen},
       false,
       true},
      {3, true, {"offline-report"}, PrinterState::Idle, {PrinterCondition::Offline}, false, true},
      {3, false, {"none"}, PrinterState::Idle, {}, false, true},  // cupsreject
      {3, true, {"cups-insecure-filter-warning"}, PrinterState::Idle, {}, true, false},
      {0, true, {}, PrinterState::Unknown, {}, true, false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.reasons.join(',').toStdString());
    const auto health = healthFromIpp(c.state, c.accepting, c.reasons);
    CHECK(health.state == c.expectedState);
    CHECK(health.conditions == c.conditions);
    CHECK(health.canPrint() == c.canPrint);
    CHECK(health.needsAttention() == c.attention);
    CHECK_FALSE(health.rawReasons.contains(QStringLiteral("none")));
  }
  const auto other = healthFromIpp(3, true, {QStringLiteral("cups-insecure-filter-warning")});
  CHECK(other.otherReasons == QStringList{QStringLiteral("cups-insecure-filter-warning")});
  CHECK(PrinterHealth::conditionName(PrinterCondition::MediaEmpty) == QStringLiteral("media-empty"));
}

}  // namespace
}  // namespace civiq::kiosk
