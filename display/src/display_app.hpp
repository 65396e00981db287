// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// One running display: settings -> announcer, controller and the QML window. Used by main and by
// the end-to-end test, which renders it offscreen. Thread rule: GUI thread.
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTranslator>
#include <memory>

#include "announcement_player.hpp"
#include "display_controller.hpp"
#include "display_settings.hpp"
#include "speech_announcer.hpp"

namespace civiq::display {

class DisplayApp {
 public:
  explicit DisplayApp(DisplaySettings settings);
  ~DisplayApp();

  // Shows the window (full screen without a cursor unless windowed) and connects to the server.
  void show();
  [[nodiscard]] DisplayController& controller() { return *controller_; }
  [[nodiscard]] AnnouncementPlayer& announcements() { return *announcements_; }
  [[nodiscard]] QQuickWindow* window() const { return window_; }

 private:
  DisplaySettings settings_;
  QTranslator translator_;  // before the engine: QML reads its texts when it loads
  std::unique_ptr<SpeechAnnouncer> announcer_;
  std::unique_ptr<AnnouncementPlayer> announcements_;
  std::unique_ptr<DisplayController> controller_;
  QQmlApplicationEngine engine_;
  QQuickWindow* window_ = nullptr;
};

}  // namespace civiq::display
