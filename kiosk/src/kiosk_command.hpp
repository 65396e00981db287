// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// civiq-kiosk's subcommands for installers and tests (the touch screen, without a subcommand, is
// kiosk_app.hpp): `print-test …` and `hash-pin`. Exit codes: 0 done, 1 the check failed (server or
// printer), 2 wrong usage, settings or PIN. Thread rule: main thread.
#include <QStringList>

namespace civiq::kiosk {

// Before the QGuiApplication exists: print-test needs fonts but no screen, so it (and the usage
// message) runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise (installers
// often work over SSH).
void prepareGuiPlatform(int argc, char** argv);
// Runs print-test with `arguments` (the whole command line) and returns the exit code.
[[nodiscard]] int runKioskCommand(const QStringList& arguments);
// `civiq-kiosk hash-pin`: reads a staff PIN from standard input (not echoed on a terminal) and
// prints its argon2id hash for kiosk.toml's staff_pin_hash. Needs no Qt application.
[[nodiscard]] int runHashPin();

}  // namespace civiq::kiosk
