// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// One running kiosk: settings -> controller, the QR image provider and the QML window (full screen
// without a cursor unless windowed). Every key and touch on the window passes through here first:
// a touch restarts the idle timer, and a barcode scanner's keystrokes (a USB keyboard) reach the
// controller whatever has focus. Used by main and by the tests, which render it offscreen.
// Thread rule: GUI thread.
#include <QObject>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <memory>

#include "kiosk_controller.hpp"
#include "kiosk_settings.hpp"

namespace civiq::kiosk {

// civiq-kiosk's exit status when staff quit it in the staff menu: the user unit does not restart it
// (RestartPreventExitStatus=3 in packaging/kiosk/civiq-kiosk.service).
inline constexpr int kStaffQuitExit = 3;

class KioskApp : public QObject {
  Q_OBJECT

 public:
  explicit KioskApp(KioskSettings settings);
  ~KioskApp() override;

  void show();  // shows the window and loads the office
  [[nodiscard]] KioskController& controller() { return *controller_; }
  [[nodiscard]] QQuickWindow* window() const { return window_; }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  KioskSettings settings_;
  std::unique_ptr<KioskController> controller_;
  QQmlApplicationEngine engine_;
  QQuickWindow* window_ = nullptr;
};

// civiq-kiosk's main: `print-test` (kiosk_command.hpp), else the touch screen until the window
// closes. The flags and settings are read before the GUI starts, so that a wrong flag is reported
// (exit 2) even where no screen is available.
[[nodiscard]] int runKioskMain(int argc, char** argv);

}  // namespace civiq::kiosk
