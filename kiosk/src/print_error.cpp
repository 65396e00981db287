// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "print_error.hpp"

namespace civiq::kiosk {

QString PrintError::key(PrintErrorCode code) {
  switch (code) {
    case PrintErrorCode::CupsUnreachable:
      return QStringLiteral("cups-unreachable");
    case PrintErrorCode::QueueMissing:
      return QStringLiteral("queue-missing");
    case PrintErrorCode::QueuePaused:
      return QStringLiteral("queue-paused");
    case PrintErrorCode::QueueRejecting:
      return QStringLiteral("queue-rejecting");
    case PrintErrorCode::AlreadyPrinted:
      return QStringLiteral("already-printed");
    case PrintErrorCode::SubmitFailed:
      return QStringLiteral("submit-failed");
    case PrintErrorCode::JobAborted:
      return QStringLiteral("job-aborted");
    case PrintErrorCode::JobCanceled:
      return QStringLiteral("job-canceled");
    case PrintErrorCode::JobStopped:
      return QStringLiteral("job-stopped");
    case PrintErrorCode::JobTimedOut:
      return QStringLiteral("job-timed-out");
    case PrintErrorCode::LayoutFailed:
      return QStringLiteral("layout-failed");
  }
  return QStringLiteral("unknown");  // unreachable: every enumerator is handled above
}

}  // namespace civiq::kiosk
