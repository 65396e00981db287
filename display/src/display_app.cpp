// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "display_app.hpp"

#include <QGuiApplication>
#include <QLoggingCategory>

#include "announcement_text.hpp"

namespace civiq::display {

namespace {

AnnouncementWording wording(const DisplaySettings& settings) {
  AnnouncementWording result = defaultWording(settings.device.language);
  if (!settings.announcementTemplate.isEmpty()) result.callTemplate = settings.announcementTemplate;
  return result;
}

}  // namespace

DisplayApp::DisplayApp(DisplaySettings settings)
    : settings_(std::move(settings)),
      announcer_(std::make_unique<SpeechAnnouncer>(settings_.device.language, settings_.voice)),
      announcements_(std::make_unique<AnnouncementPlayer>(announcer_.get(), wording(settings_))),
      controller_(std::make_unique<DisplayController>(settings_, announcements_.get())) {
  // German is the source language; others come from display/i18n. A language without a
  // translation shows German texts, but still gets its writing direction (right-to-left).
  const QLocale locale(settings_.device.language);
  if (translator_.load(locale, QStringLiteral("civiq_display"), QStringLiteral("_"), QStringLiteral(":/civiq/display/i18n")))
    QCoreApplication::installTranslator(&translator_);
  QGuiApplication::setLayoutDirection(locale.textDirection());
  engine_.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(controller_.get())}});
  engine_.load(QUrl(QStringLiteral("qrc:/Civiq/Display/Main.qml")));
  window_ = engine_.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine_.rootObjects().first());
  if (!window_) throw qtclient::StartupError("the display's QML could not be loaded (see the messages above)");
}

DisplayApp::~DisplayApp() = default;

void DisplayApp::show() {
  if (settings_.fullScreen) {
    window_->showFullScreen();
    window_->setCursor(Qt::BlankCursor);  // a wall screen has no pointer
  } else {
    window_->show();
  }
  controller_->start();
}

}  // namespace civiq::display
