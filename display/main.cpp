// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-display: the waiting-room wall screen. Settings from /etc/civiq/display.toml and flags
// (civiq-display --help); everything else lives in the civiq_display library.
#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

#include "display_app.hpp"

Q_IMPORT_QML_PLUGIN(Civiq_DisplayPlugin)

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("civiq-display"));
  try {
    civiq::display::DisplayApp display(civiq::display::parseDisplaySettings(QGuiApplication::arguments()));
    display.show();
    return QGuiApplication::exec();
  } catch (const civiq::qtclient::StartupError& error) {
    std::fprintf(stderr, "civiq-display: %s\n", error.what());
    return 2;
  }
}
