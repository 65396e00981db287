// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include <QTemporaryDir>
#include <QTest>

#include "display_settings.hpp"
#include "settings_test_support.hpp"

using civiq::display::DisplayLayout;
using civiq::display::DisplaySettings;
using civiq::display::parseDisplaySettings;
using civiq::display::readDisplayConfig;
using civiq::qtclient::StartupError;
using civiq::qtclient::TomlReader;
using civiq::qtclient::testing::errorOf;
using civiq::qtclient::testing::writeFile;

class DisplaySettingsTest : public QObject {
  Q_OBJECT

 private slots:
  void defaultsWithoutAnyFile() {
    // (/etc/civiq/display.toml does not exist on a build machine.)
    const DisplaySettings settings = parseDisplaySettings({"civiq-display", "--windowed"});
    QCOMPARE(settings.layout, DisplayLayout::Auto);
    QCOMPARE(settings.device.language, QStringLiteral("de"));
    QVERIFY(settings.counters.isEmpty());
    QVERIFY(!settings.fullScreen);
    QCOMPARE(settings.device.offlineAfterSeconds, 5);
  }

  void aConfigFileThenFlagsOverIt() {
    QTemporaryDir dir;
    const QString token = writeFile(dir, "display.token", "tok-123\n");
    const QString config = writeFile(dir, "display.toml", QString(
        "[server]\n"
        "url = \"http://10.0.0.5:8080\"\n"
        "token_file = \"%1\"\n"
        "[screen]\n"
        "layout = \"portrait\"\n"
        "counters = [1, 2]\n"
        "services = [3]\n"
        "recent_calls = 6\n"
        "highlight_s = 8\n"
        "offline_after_s = 4\n"
        "full_screen = false\n"
        "[announcement]\n"
        "language = \"pl\"\n"
        "template = \"Numer {number}, stanowisko {counter}\"\n"
        "muted = true\n").arg(token).toUtf8());
    DisplaySettings settings = parseDisplaySettings({"civiq-display", "--config", config});
    QCOMPARE(settings.device.server, QUrl("http://10.0.0.5:8080"));
    QCOMPARE(settings.device.token, QStringLiteral("tok-123"));  // trimmed: files end with a newline
    QCOMPARE(settings.layout, DisplayLayout::Portrait);
    QCOMPARE(settings.counters, (QSet<int>{1, 2}));
    QCOMPARE(settings.services, (QSet<int>{3}));
    QCOMPARE(settings.recentCalls, 6);
    QCOMPARE(settings.highlightSeconds, 8);
    QCOMPARE(settings.device.offlineAfterSeconds, 4);
    QVERIFY(!settings.fullScreen);
    QCOMPARE(settings.device.language, QStringLiteral("pl"));
    QCOMPARE(settings.announcementTemplate, QStringLiteral("Numer {number}, stanowisko {counter}"));
    QVERIFY(settings.muted);

    settings = parseDisplaySettings({"civiq-display", "--config", config, "--server", "https://q.example:8443",
                                     "--layout", "landscape", "--counters", "4", "--services", "1,2", "--language", "cs"});
    QCOMPARE(settings.device.server, QUrl("https://q.example:8443"));
    QCOMPARE(settings.layout, DisplayLayout::Landscape);
    QCOMPARE(settings.counters, (QSet<int>{4}));
    QCOMPARE(settings.services, (QSet<int>{1, 2}));
    QCOMPARE(settings.device.language, QStringLiteral("cs"));
  }

  void badValuesNameTheKeyAndLine_data() {
    QTest::addColumn<QString>("toml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("layout") << "[screen]\nlayout = \"sideways\"\n" << "cfg:2: screen.layout: must be auto, landscape or portrait";
    QTest::newRow("counters") << "[screen]\n\ncounters = [\"1\"]\n" << "cfg:3: screen.counters: must be a list of ids like [1, 2]";
    QTest::newRow("range") << "[screen]\nrecent_calls = 0\n" << "cfg:2: screen.recent_calls: must be a whole number from 1 to 30";
    QTest::newRow("offline") << "[screen]\noffline_after_s = 0\n" << "cfg:2: screen.offline_after_s: must be a whole number from 1 to 600";
    QTest::newRow("type") << "[announcement]\nmuted = \"yes\"\n" << "cfg:2: announcement.muted: must be true or false";
    QTest::newRow("template") << "[announcement]\ntemplate = \"Bitte zu {counter}\"\n" << "cfg:2: announcement.template: must contain {number}";
    QTest::newRow("language") << "[announcement]\nlanguage = \"Deutsch\"\n" << "cfg:2: announcement.language: language codes look like \"de\", got \"Deutsch\"";
    QTest::newRow("url") << "[server]\nurl = \"10.0.0.5\"\n" << "cfg:2: server.url: the server must look like http://10.0.0.5:8080, got \"10.0.0.5\"";
    QTest::newRow("section") << "[screens]\nlayout = \"auto\"\n" << "cfg:1: screens: not a known section (server, screen, announcement)";
    QTest::newRow("unknown key") << "[announcement]\nmute = true\n" << "cfg:2: announcement.mute: not a known setting";
    QTest::newRow("syntax") << "[screen\n" << "cfg:1:";
  }

  void badValuesNameTheKeyAndLine() {
    QFETCH(QString, toml);
    QFETCH(QString, expected);
    const QString error = errorOf([&] {
      TomlReader config(toml, "cfg");
      (void)readDisplayConfig(config);
    });
    QVERIFY2(error.startsWith(expected), qPrintable(error));
  }

  void badFlagsAndMissingFilesAreErrors() {
    QVERIFY(errorOf([] { (void)parseDisplaySettings({"civiq-display", "--counters", "1,x"}); }).contains("--counters"));
    QVERIFY(errorOf([] { (void)parseDisplaySettings({"civiq-display", "--layout", "round"}); }).contains("--layout"));
    QVERIFY(errorOf([] { (void)parseDisplaySettings({"civiq-display", "--config", "/nonexistent/display.toml"}); })
                .contains("/nonexistent/display.toml"));
    QVERIFY(errorOf([] { (void)parseDisplaySettings({"civiq-display", "--token-file", "/nonexistent/token"}); })
                .contains("display token"));
    QVERIFY(errorOf([] { (void)parseDisplaySettings({"civiq-display", "--frobnicate"}); }).contains("frobnicate"));
  }

  void theTokenFileFlagWinsOverAConfigsMissingTokenFile() {
    // An installed /etc/civiq/display.toml names a token file that is written only at enrolment.
    QTemporaryDir dir;
    const QString config = writeFile(dir, "display.toml", "[server]\ntoken_file = \"/nonexistent/display.token\"\n");
    const QString token = writeFile(dir, "other.token", "tok-456\n");
    QCOMPARE(parseDisplaySettings({"civiq-display", "--config", config, "--token-file", token}).device.token, QStringLiteral("tok-456"));
    QVERIFY(errorOf([&] { (void)parseDisplaySettings({"civiq-display", "--config", config}); }).contains("/nonexistent/display.token"));
  }
};

QTEST_GUILESS_MAIN(DisplaySettingsTest)
#include "display_settings_test.moc"
