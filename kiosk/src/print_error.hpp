// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Why a receipt did not print, one code per cause, so the touch flow chooses its fallback screen
// (number and QR large, "please take a photo") and staff see the cause. Thread rule: plain value.
#include <QMetaType>
#include <QString>
#include <optional>

namespace civiq::kiosk {

enum class PrintErrorCode {
  CupsUnreachable,  // no CUPS scheduler at the configured server (cupsd down, wrong socket)
  QueueMissing,     // the queue does not exist (removed, misspelt)
  QueuePaused,      // the queue is stopped: paused or disabled (cupsdisable); a job would wait forever
  QueueRejecting,   // the queue refuses new jobs (cupsreject)
  AlreadyPrinted,   // this ticket was sent to the printer before (also before a restart)
  SubmitFailed,     // CUPS refused or broke off the job while it was sent
  JobAborted,       // the job ended without printing: aborted by the system (filter or backend failed)
  JobCanceled,      // canceled by staff or the system
  JobStopped,       // the printer stopped while the job was on it (paper out, door open)
  JobTimedOut,      // the job did not end within the wait
  LayoutFailed,     // the receipt does not fit the paper (configuration)
};

struct PrintError {
  PrintErrorCode code = PrintErrorCode::SubmitFailed;
  QString detail;  // for people and logs: CUPS's own message, the queue's name

  // A stable English key for logs, reports and tests ("queue-paused").
  [[nodiscard]] static QString key(PrintErrorCode code);
  // "queue-paused: the queue civiq-tickets is paused or disabled"
  [[nodiscard]] QString text() const { return key(code) + QStringLiteral(": ") + detail; }
};

// A value or why there is none (the shape of std::expected, kept small).
template <class T>
struct [[nodiscard]] PrintOutcome {
  std::optional<T> value;
  PrintError error;
  [[nodiscard]] bool ok() const { return value.has_value(); }
};

}  // namespace civiq::kiosk

Q_DECLARE_METATYPE(civiq::kiosk::PrintError)
