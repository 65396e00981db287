// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A printer's health as the kiosk reports it: the IPP printer-state, whether the queue accepts
// jobs, and the printer-state-reasons it knows by name (media-empty, media-low, media-jam,
// door-open, offline, paused; "-error"/"-warning"/"-report" suffixes removed). Reasons it does not
// know are kept as text. healthFromIpp() is pure. Thread rule: plain value.
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <set>

namespace civiq::kiosk {

enum class PrinterState { Unknown, Idle, Processing, Stopped };  // IPP printer-state 3, 4, 5

enum class PrinterCondition { MediaEmpty, MediaLow, MediaJam, DoorOpen, Offline, Paused, TonerEmpty, Other };

struct PrinterHealth {
  PrinterState state = PrinterState::Unknown;
  bool acceptingJobs = false;
  std::set<PrinterCondition> conditions;
  QStringList otherReasons;  // reasons without a PrinterCondition, as the printer sent them
  QStringList rawReasons;    // printer-state-reasons as received (without "none")

  [[nodiscard]] bool has(PrinterCondition condition) const { return conditions.contains(condition); }
  // A job sent now would print: not stopped, accepting, no paper or door error.
  [[nodiscard]] bool canPrint() const;
  // Worth telling staff, though tickets still print (media-low).
  [[nodiscard]] bool needsAttention() const;
  // "idle", "processing", "stopped", "unknown"
  [[nodiscard]] static QString stateName(PrinterState state);
  [[nodiscard]] static QString conditionName(PrinterCondition condition);  // "media-empty"
};

// From IPP printer-state (3..5, anything else Unknown), printer-is-accepting-jobs and the
// printer-state-reasons keywords.
[[nodiscard]] PrinterHealth healthFromIpp(int printerState, bool acceptingJobs, const QStringList& reasons);

}  // namespace civiq::kiosk

Q_DECLARE_METATYPE(civiq::kiosk::PrinterHealth)
