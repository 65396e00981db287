// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-kiosk: the ticket kiosk. Without a subcommand the touch screen; `civiq-kiosk print-test`
// lets installers check the printer. Everything lives in the kiosk's libraries (kiosk_app.hpp).
#include <QtQml/qqmlextensionplugin.h>

#include "kiosk_app.hpp"

Q_IMPORT_QML_PLUGIN(Civiq_KioskPlugin)

int main(int argc, char* argv[]) {
  return civiq::kiosk::runKioskMain(argc, argv);
}
