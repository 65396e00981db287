// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// civiq-kiosk's command line: `civiq-kiosk print-test …` for installers and tests; without a
// subcommand the touch screen, which is not built yet (usage, exit 2). Exit codes: 0 done,
// 1 the check failed (server or printer), 2 wrong usage or settings. Thread rule: main thread.
#include <QStringList>

namespace civiq::kiosk {

// Before the QGuiApplication exists: print-test needs fonts but no screen, so it (and the usage
// message) runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise (installers
// often work over SSH).
void prepareGuiPlatform(int argc, char** argv);
// Runs the subcommand named in `arguments` (the whole command line) and returns the exit code.
[[nodiscard]] int runKioskCommand(const QStringList& arguments);

}  // namespace civiq::kiosk
