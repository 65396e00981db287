// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-kiosk: the ticket kiosk. For now `civiq-kiosk print-test` (installers check the printer);
// everything lives in the civiq_kiosk_print library (kiosk_command.hpp).
#include <QGuiApplication>

#include "kiosk_command.hpp"

int main(int argc, char* argv[]) {
  civiq::kiosk::prepareGuiPlatform(argc, argv);
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("civiq-kiosk"));
  return civiq::kiosk::runKioskCommand(QGuiApplication::arguments());
}
