// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The display in another language: its texts from display/i18n, and right-to-left languages
// mirrored. No server needed: the window's texts do not depend on it.
#include <QDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "display_app.hpp"

Q_IMPORT_QML_PLUGIN(Civiq_DisplayPlugin)

using civiq::display::DisplayApp;
using civiq::display::DisplaySettings;

namespace {

DisplaySettings offlineDisplay(const QString& language) {
  DisplaySettings settings;
  settings.device.server = QUrl(QStringLiteral("http://127.0.0.1:9"));  // nothing listens: texts only
  settings.device.language = language;
  settings.fullScreen = false;
  settings.muted = true;
  return settings;
}

}  // namespace

class DisplayLanguageTest : public QObject {
  Q_OBJECT

 private slots:
  void textsFollowTheLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("de") << "de" << QStringLiteral("civiq – Aufrufanzeige");
    QTest::newRow("en") << "en" << QStringLiteral("civiq – call display");
    QTest::newRow("pl") << "pl" << QStringLiteral("civiq – tablica wywołań");
    QTest::newRow("cs") << "cs" << QStringLiteral("civiq – vyvolávací tabule");
    QTest::newRow("untranslated: German") << "fr" << QStringLiteral("civiq – Aufrufanzeige");
  }

  void textsFollowTheLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, title);
    DisplayApp app(offlineDisplay(language));
    QCOMPARE(app.window()->title(), title);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
  }

  void rightToLeftLanguagesAreMirrored() {
    DisplayApp app(offlineDisplay(QStringLiteral("ar")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    app.window()->resize(1920, 1080);
    app.show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    const QImage image = app.window()->grabWindow();
    const QString dir = qEnvironmentVariable("CIVIQ_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(image.save(dir + QStringLiteral("/display-landscape-rtl.png")));
  }
};

QTEST_MAIN(DisplayLanguageTest)
#include "display_language_test.moc"
