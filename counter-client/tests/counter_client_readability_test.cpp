// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Whether a clerk can read the counter client (issue #14): at 100, 125, 150 and 200 % display
// scaling, and in a high-contrast theme. The real window (offscreen) against the real server, in a
// busy state: citizens waiting, one called, a kiosk low on paper, a colleague's alarm.
//
// Scaling: Qt 6 scales by device pixels, so at scale s a Full HD screen is 1920/s × 1080/s logical
// pixels and the fonts keep their logical size. At each s the window must fit that screen (its
// minimum size), and every visible button, label and tab must show its whole text (its size hint).
// Contrast: every visible, enabled text is rendered and measured: the WCAG 2.1 contrast ratio
// between its background (the most common colour of its pixels) and its strongest text pixel must
// be at least 4.5:1 (AA for normal text), in Qt's own palette and in a high-contrast one (white on
// black). Screenshots at 200 % and in high contrast go to $CIVIQ_SCREENSHOT_DIR.
#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMap>
#include <map>
#include <QTabBar>
#include <QTest>
#include <cmath>

#include "counter_app.hpp"
#include "counter_test_support.hpp"
#include "test_server.hpp"

using civiq::counter::CounterApp;
using civiq::counter::CounterSettings;
using civiq::counter::testing::screenshot;
using civiq::counter::testing::settingsFor;
using civiq::counter::testing::signIn;
using civiq::qtclient::testing::fastStreamOptions;
using civiq::qtclient::testing::TestClerk;
using civiq::qtclient::testing::TestServer;
using State = civiq::qtclient::CounterController::State;

namespace {

constexpr int kLive = 5000;

double luminance(QColor color) {
  const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(QColor a, QColor b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The contrast of a widget's text as drawn in the window (its parents' backgrounds included): its
// background is the colour most of its pixels have, its text the pixel that stands out most from it.
double renderedContrast(const QImage& window, QWidget* widget) {
  const QImage image = window.copy(QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size()));
  QMap<QRgb, int> counts;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) ++counts[image.pixel(x, y)];
  QRgb background = 0;
  int most = -1;
  for (auto it = counts.cbegin(); it != counts.cend(); ++it)
    if (it.value() > most) most = it.value(), background = it.key();
  double best = 1.0;
  for (auto it = counts.cbegin(); it != counts.cend(); ++it) best = std::max(best, contrast(QColor(background), QColor(it.key())));
  return best;
}

QString textOf(QWidget* widget) {
  if (auto* label = qobject_cast<QLabel*>(widget)) return label->text();
  if (auto* button = qobject_cast<QAbstractButton*>(widget)) return button->text();
  return {};
}

// Widgets with text a clerk reads: visible, enabled (WCAG exempts inactive controls), not empty.
QList<QWidget*> textWidgets(QWidget* window) {
  QList<QWidget*> found;
  for (QWidget* widget : window->findChildren<QWidget*>())
    if (widget->isVisible() && widget->isEnabled() && !textOf(widget).trimmed().isEmpty()) found << widget;
  return found;
}

QString describe(QWidget* widget) {
  return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         textOf(widget).left(40));
}

QPalette highContrastPalette() {
  QPalette palette;
  for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase, QPalette::ToolTipBase})
    palette.setColor(role, Qt::black);
  for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                          QPalette::BrightText})
    palette.setColor(role, Qt::white);
  palette.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
  palette.setColor(QPalette::HighlightedText, Qt::black);
  palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
  palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
  palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
  return palette;
}

}  // namespace

class CounterClientReadabilityTest : public QObject {
  Q_OBJECT

  QTemporaryDir config_;
  TestServer server_;
  std::unique_ptr<TestClerk> colleague_;
  std::map<QString, std::unique_ptr<CounterApp>> apps_;  // by language; all at counter 1 as "meier"

  // The clerk's window in `language`, signed in and showing the busy state made in initTestCase.
  CounterApp* appFor(const QString& language) {
    auto& app = apps_[language];
    if (app) return app.get();
    CounterSettings settings = settingsFor(server_, 1);
    settings.device.language = language;
    app = std::make_unique<CounterApp>(settings, fastStreamOptions());
    app->start();
    signIn(*app, QStringLiteral("meier"), QStringLiteral("meier-test-pass"));
    if (!QTest::qWaitFor([&] { return app->window() && app->counter()->state() != State::Unknown; }, kLive)) return nullptr;
    return app.get();
  }

 private slots:
  void initTestCase() {
    qputenv("XDG_CONFIG_HOME", config_.path().toUtf8());
    server_.start();
    const QString kiosk = server_.enrollDevice(QStringLiteral("Kiosk Eingang"), QStringLiteral("kiosk"));
    colleague_ = std::make_unique<TestClerk>(server_);  // user "clerk": draws tickets, raises the alarm
    QVERIFY(colleague_->signIn());
    server_.addUser(QStringLiteral("meier"), QStringLiteral("clerk"), QStringLiteral("meier-test-pass"));
    CounterApp* app = appFor(QStringLiteral("de"));
    QVERIFY(app);
    QTRY_COMPARE_WITH_TIMEOUT(app->counter()->state(), State::Idle, kLive);

    for (int i = 0; i < 4; ++i) QVERIFY(colleague_->issue(1 + i % 2));
    QTRY_VERIFY_WITH_TIMEOUT(app->counter()->can(civiq::qtclient::CounterController::Action::CallNext), kLive);
    app->counter()->callNext();
    QTRY_COMPARE_WITH_TIMEOUT(app->counter()->state(), State::Called, kLive);
    QVERIFY(civiq::qtclient::testing::reportDeviceStatus(
        server_, kiosk, {"1.4.0", 60, civiq::protocol::PrinterStatus{"idle", true, {}, true, 25}, {}}));
    QTRY_VERIFY_WITH_TIMEOUT(app->window()->deviceAlert()->isVisible(), kLive);
    QVERIFY(colleague_->counter(2, QStringLiteral("alarm")));
    QTRY_VERIFY_WITH_TIMEOUT(app->window()->alarmBanner()->isVisible(), kLive);
  }

  void fitsTheScreenAtEveryScaling_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("scale");
    // Polish and Czech have the longest words of the four languages.
    for (const char* language : {"de", "pl", "cs"})
      for (const double scale : {1.0, 1.25, 1.5, 2.0})
        QTest::newRow(qPrintable(QStringLiteral("%1 %2 %").arg(QLatin1String(language)).arg(scale * 100)))
            << QString::fromLatin1(language) << scale;
  }

  void fitsTheScreenAtEveryScaling() {
    QFETCH(QString, language);
    QFETCH(double, scale);
    CounterApp* app = appFor(language);
    QVERIFY(app);
    QTRY_VERIFY_WITH_TIMEOUT(!app->window()->alarmBanner()->isHidden() && !app->window()->deviceAlert()->isHidden(), kLive);
    auto* window = app->window();
    const QSize screen(static_cast<int>(1920 / scale), static_cast<int>(1080 / scale));
    const QSize minimum = window->minimumSizeHint();
    QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
             qPrintable(QStringLiteral("the window needs at least %1×%2, the screen has %3×%4")
                            .arg(minimum.width()).arg(minimum.height()).arg(screen.width()).arg(screen.height())));
    window->resize(screen);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    QStringList clipped;
    for (QWidget* widget : textWidgets(window)) {
      const QSize needed = widget->sizeHint();
      const auto* label = qobject_cast<QLabel*>(widget);
      const bool wraps = label && label->wordWrap();
      if ((!wraps && needed.width() > widget->width()) || (!wraps && needed.height() > widget->height()))
        clipped << QStringLiteral("%1 needs %2×%3, has %4×%5")
                       .arg(describe(widget)).arg(needed.width()).arg(needed.height()).arg(widget->width()).arg(widget->height());
    }
    for (QTabBar* tabs : window->findChildren<QTabBar*>())
      for (int i = 0; i < tabs->count(); ++i) {
        const QString text = tabs->tabText(i).remove(QLatin1Char('&'));
        if (!tabs->rect().contains(tabs->tabRect(i)) || tabs->tabRect(i).width() < tabs->fontMetrics().horizontalAdvance(text))
          clipped << QStringLiteral("tab \"%1\" (hidden behind the scroll buttons or cut)").arg(text);
      }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
    if (scale == 2.0) screenshot(window, QStringLiteral("scaled-200-%1").arg(language));
    window->hide();
  }

  void textsHaveContrast_data() {
    QTest::addColumn<bool>("highContrast");
    QTest::newRow("Qt's palette") << false;
    QTest::newRow("high contrast") << true;
  }

  void textsHaveContrast() {
    QFETCH(bool, highContrast);
    CounterApp* app = appFor(QStringLiteral("de"));
    QVERIFY(app);
    QApplication::setPalette(highContrast ? highContrastPalette() : QApplication::style()->standardPalette());
    auto* window = app->window();
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    QStringList weak;
    const QImage drawn = window->grab().toImage();
    for (QWidget* widget : textWidgets(window)) {
      const double ratio = renderedContrast(drawn, widget);
      if (ratio < 4.5) weak << QStringLiteral("%1: %2:1").arg(describe(widget)).arg(ratio, 0, 'f', 2);
    }
    if (highContrast) screenshot(window, QStringLiteral("high-contrast"));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY2(weak.isEmpty(), qPrintable(weak.join(QStringLiteral("\n"))));
  }
};

QTEST_MAIN(CounterClientReadabilityTest)
#include "counter_client_readability_test.moc"
