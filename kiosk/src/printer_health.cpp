// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "printer_health.hpp"

namespace civiq::kiosk {
namespace {

constexpr int kIppIdle = 3;
constexpr int kIppProcessing = 4;
constexpr int kIppStopped = 5;

struct Known {
  const char* keyword;
  PrinterCondition condition;
};

// RFC 8011 §5.4.12 and PWG 5100.9 keywords; "shutdown"/"offline-report" both mean unreachable.
constexpr Known kKnown[] = {
    {"media-empty", PrinterCondition::MediaEmpty},
    {"media-needed", PrinterCondition::MediaEmpty},
    {"media-low", PrinterCondition::MediaLow},
    {"media-jam", PrinterCondition::MediaJam},
    {"door-open", PrinterCondition::DoorOpen},
    {"cover-open", PrinterCondition::DoorOpen},
    {"offline", PrinterCondition::Offline},
    {"shutdown", PrinterCondition::Offline},
    {"connecting-to-device", PrinterCondition::Offline},
    {"paused", PrinterCondition::Paused},
    {"toner-empty", PrinterCondition::TonerEmpty},
    {"marker-supply-empty", PrinterCondition::TonerEmpty},
};

QString withoutSeverity(const QString& reason) {
  for (const auto* suffix : {"-error", "-warning", "-report"})
    if (reason.endsWith(QLatin1String(suffix))) return reason.chopped(static_cast<qsizetype>(qstrlen(suffix)));
  return reason;
}

}  // namespace

bool PrinterHealth::canPrint() const {
  return state != PrinterState::Stopped && acceptingJobs && !has(PrinterCondition::MediaEmpty) &&
         !has(PrinterCondition::MediaJam) && !has(PrinterCondition::DoorOpen) && !has(PrinterCondition::Offline) &&
         !has(PrinterCondition::Paused);
}

bool PrinterHealth::needsAttention() const {
  return !canPrint() || !conditions.empty();
}

QString PrinterHealth::stateName(PrinterState state) {
  switch (state) {
    case PrinterState::Idle:
      return QStringLiteral("idle");
    case PrinterState::Processing:
      return QStringLiteral("processing");
    case PrinterState::Stopped:
      return QStringLiteral("stopped");
    case PrinterState::Unknown:
      break;
  }
  return QStringLiteral("unknown");
}

QString PrinterHealth::conditionName(PrinterCondition condition) {
  switch (condition) {
    case PrinterCondition::MediaEmpty:
      return QStringLiteral("media-empty");
    case PrinterCondition::MediaLow:
      return QStringLiteral("media-low");
    case PrinterCondition::MediaJam:
      return QStringLiteral("media-jam");
    case PrinterCondition::DoorOpen:
      return QStringLiteral("door-open");
    case PrinterCondition::Offline:
      return QStringLiteral("offline");
    case PrinterCondition::Paused:
      return QStringLiteral("paused");
    case PrinterCondition::TonerEmpty:
      return QStringLiteral("toner-empty");
    case PrinterCondition::Other:
      break;
  }
  return QStringLiteral("other");
}

PrinterHealth healthFromIpp(int printerState, bool acceptingJobs, const QStringList& reasons) {
  PrinterHealth health;
  switch (printerState) {
    case kIppIdle:
      health.state = PrinterState::Idle;
      break;
    case kIppProcessing:
      health.state = PrinterState::Processing;
      break;
    case kIppStopped:
      health.state = PrinterState::Stopped;
      break;
    default:
      health.state = PrinterState::Unknown;
      break;
  }
  health.acceptingJobs = acceptingJobs;
  for (const QString& reason : reasons) {
    if (reason.isEmpty() || reason == QLatin1String("none")) continue;
    health.rawReasons << reason;
    const QString bare = withoutSeverity(reason);
    bool known = false;
    for (const auto& entry : kKnown) {
      if (bare == QLatin1String(entry.keyword)) {
        health.conditions.insert(entry.condition);
        known = true;
      }
    }
    if (!known) health.otherReasons << reason;
  }
  return health;
}

}  // namespace civiq::kiosk
