// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The kiosk's touch flow against a real CUPS scheduler, run by tests/e2e/test_kiosk_touch.py (which
// starts the server and a private cupsd with a cups-pdf queue). Usage:
//   kiosk_touch_check SERVICE SCREENSHOT.png civiq-kiosk-flags…   (--server, --token-file, --printer, …)
// Starts the kiosk offscreen exactly as civiq-kiosk would (the same flags), double-taps the tile of
// SERVICE, waits until the receipt's job has completed, saves the confirmation screen and prints
// "NUMBER URL" on stdout. Exit 0 printed, 1 anything else (the reason on stderr).
#include <QtQml/qqmlextensionplugin.h>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QQuickItem>
#include <QTest>
#include <cstdio>

#include "kiosk_app.hpp"
#include "kiosk_window_driver.hpp"

Q_IMPORT_QML_PLUGIN(Civiq_KioskPlugin)

using civiq::kiosk::KioskApp;
using civiq::kiosk::KioskController;
using civiq::kiosk::testing::findShown;
using civiq::kiosk::testing::waitUntil;

namespace {

int fail(const char* why) {
  std::fprintf(stderr, "kiosk_touch_check: %s\n", why);
  return 1;
}

}  // namespace

int main(int argc, char* argv[]) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QStringList arguments = QGuiApplication::arguments();
  if (arguments.size() < 3) return fail("usage: kiosk_touch_check SERVICE SCREENSHOT.png civiq-kiosk-flags…");
  const QString service = arguments.takeAt(1);
  const QString screenshot = arguments.takeAt(1);
  civiq::kiosk::KioskSettings settings;
  try {
    settings = civiq::kiosk::parseKioskSettings(arguments);
  } catch (const std::exception& error) {
    return fail(error.what());
  }
  settings.fullScreen = false;
  KioskApp kiosk(settings);
  kiosk.show();
  auto& controller = kiosk.controller();
  if (!waitUntil([&] { return controller.screen() == KioskController::Screen::Start; }))
    return fail("the start screen never came (server?)");
  QQuickItem* tile = nullptr;
  if (!waitUntil([&] { return (tile = findShown(kiosk.window()->contentItem(), "service-" + service)) != nullptr; }))
    return fail("no tile for that service");
  civiq::kiosk::testing::layOut(tile);
  const QPoint at = tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2)).toPoint();
  QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, at);
  QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, at, 80);  // a double tap
  if (!waitUntil([&] {
        return controller.printState() == KioskController::PrintState::Printed ||
               controller.printState() == KioskController::PrintState::Failed;
      }))
    return fail("the print never ended");
  QTest::qWait(100);
  kiosk.window()->grabWindow().save(screenshot);
  if (controller.printState() != KioskController::PrintState::Printed) return fail("the print failed");
  std::printf("%s %s\n", qPrintable(controller.number()), qPrintable(controller.url()));
  return 0;
}
