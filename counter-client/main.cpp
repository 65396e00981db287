// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-counter: the clerk's program at the counter. Settings from /etc/civiq/counter.toml and flags
// (civiq-counter --help); everything else lives in the civiq_counter_client library.
#include <QApplication>
#include <cstdio>

#include "counter_app.hpp"

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("civiq-counter"));
  try {
    civiq::counter::CounterApp counter(civiq::counter::parseCounterSettings(QApplication::arguments()));
    counter.start();
    return QApplication::exec();
  } catch (const civiq::qtclient::StartupError& error) {
    std::fprintf(stderr, "civiq-counter: %s\n", error.what());
    return 2;
  }
}
