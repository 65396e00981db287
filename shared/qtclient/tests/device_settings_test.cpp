// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// DeviceSettings and DeviceCommandLine for an app that is not the display (a "kiosk" keeping its
// device keys in [kiosk]): the settings file, flags over it, the token file, and errors that name
// file, line and key.
#include <QTemporaryDir>
#include <QTest>

#include "qtclient/device_command_line.hpp"
#include "qtclient/device_settings.hpp"
#include "settings_test_support.hpp"

using civiq::qtclient::DeviceCommandLine;
using civiq::qtclient::DeviceSettings;
using civiq::qtclient::StartupError;
using civiq::qtclient::TomlReader;
using civiq::qtclient::testing::errorOf;
using civiq::qtclient::testing::writeFile;

namespace {

constexpr DeviceSettings::Keys kKioskKeys{.offlineAfter = "kiosk", .language = "kiosk"};

// What an app does: its command line, the file under it, flags over both.
DeviceSettings parseKiosk(const QStringList& arguments) {
  DeviceCommandLine commandLine(QStringLiteral("kiosk"), QStringLiteral("a test kiosk"));
  commandLine.parse(arguments);
  DeviceSettings settings;
  if (auto config = commandLine.config()) {
    settings.read(*config, kKioskKeys);
    config->refuseUnknown();
  }
  commandLine.applyTo(settings);
  return settings;
}

}  // namespace

class DeviceSettingsTest : public QObject {
  Q_OBJECT

 private slots:
  void defaultsWithoutFileOrFlags() {
    // (/etc/civiq/kiosk.toml does not exist on a build machine.)
    const DeviceSettings settings = parseKiosk({"civiq-kiosk"});
    QCOMPARE(settings.server, QUrl("http://127.0.0.1:8080"));
    QVERIFY(settings.tokenFile.isEmpty());
    QVERIFY(settings.token.isEmpty());
    QCOMPARE(settings.offlineAfterSeconds, 5);
    QCOMPARE(settings.language, QStringLiteral("de"));
  }

  void theFileThenFlagsOverIt() {
    QTemporaryDir dir;
    const QString token = writeFile(dir, "kiosk.token", "  tok-123\n");
    const QString other = writeFile(dir, "other.token", "tok-456\n");
    const QString config = writeFile(dir, "kiosk.toml",
                                     QStringLiteral("[server]\n"
                                                    "url = \"http://10.0.0.5:8080\"\n"
                                                    "token_file = \"%1\"\n"
                                                    "[kiosk]\n"
                                                    "offline_after_s = 9\n"
                                                    "language = \"pl\"\n")
                                         .arg(token)
                                         .toUtf8());
    DeviceSettings settings = parseKiosk({"civiq-kiosk", "--config", config});
    QCOMPARE(settings.server, QUrl("http://10.0.0.5:8080"));
    QCOMPARE(settings.tokenFile, token);
    QCOMPARE(settings.token, QStringLiteral("tok-123"));  // trimmed
    QCOMPARE(settings.offlineAfterSeconds, 9);
    QCOMPARE(settings.language, QStringLiteral("pl"));

    settings = parseKiosk({"civiq-kiosk", "--config", config, "--server", "https://q.example:8443", "--language", "cs",
                           "--token-file", other});
    QCOMPARE(settings.server, QUrl("https://q.example:8443"));
    QCOMPARE(settings.language, QStringLiteral("cs"));
    QCOMPARE(settings.token, QStringLiteral("tok-456"));
    QCOMPARE(settings.offlineAfterSeconds, 9);  // no flag: the file's value stays
  }

  void badValuesNameFileLineAndKey_data() {
    QTest::addColumn<QString>("toml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url") << "[server]\nurl = \"10.0.0.5\"\n"
                         << "cfg:2: server.url: the server must look like http://10.0.0.5:8080, got \"10.0.0.5\"";
    QTest::newRow("url scheme") << "[server]\n\nurl = \"ftp://10.0.0.5\"\n"
                                << "cfg:3: server.url: the server must look like";
    QTest::newRow("token file") << "[server]\ntoken_file = 7\n"
                                << "cfg:2: server.token_file: must be a string";
    QTest::newRow("offline") << "[kiosk]\noffline_after_s = 601\n"
                             << "cfg:2: kiosk.offline_after_s: must be a whole number from 1 to 600";
    QTest::newRow("language") << "[kiosk]\nlanguage = \"DE\"\n"
                              << "cfg:2: kiosk.language: language codes look like \"de\", got \"DE\"";
    QTest::newRow("unknown key") << "[server]\nurl = \"http://10.0.0.5\"\nurll = \"http://10.0.0.6\"\n"
                                 << "cfg:3: server.urll: not a known setting";
    QTest::newRow("unknown section") << "[kiosks]\nlanguage = \"de\"\n"
                                     << "cfg:1: kiosks: not a known section (server, kiosk)";
  }

  void badValuesNameFileLineAndKey() {
    QFETCH(QString, toml);
    QFETCH(QString, expected);
    const QString error = errorOf([&] {
      TomlReader config(toml, "cfg");
      DeviceSettings settings;
      settings.read(config, kKioskKeys);
      config.refuseUnknown();
    });
    QVERIFY2(error.startsWith(expected), qPrintable(error));
  }

  void badFlagsNameTheFlag() {
    QCOMPARE(errorOf([] {
               (void)parseKiosk({"civiq-kiosk", "--server", "10.0.0.5"});
             }),
             QStringLiteral("--server: the server must look like http://10.0.0.5:8080, got \"10.0.0.5\""));
    QCOMPARE(errorOf([] {
               (void)parseKiosk({"civiq-kiosk", "--language", "deutsch"});
             }),
             QStringLiteral("--language: language codes look like \"de\", got \"deutsch\""));
    QVERIFY(errorOf([] { (void)parseKiosk({"civiq-kiosk", "--frobnicate"}); }).contains("frobnicate"));
    QVERIFY(errorOf([] { (void)parseKiosk({"civiq-kiosk", "--help"}); }).contains("--token-file"));
  }

  void aMissingConfigIsAnErrorOnlyWhenNamed() {
    QVERIFY(errorOf([] {
              (void)parseKiosk({"civiq-kiosk", "--config", "/nonexistent/kiosk.toml"});
            }).startsWith("/nonexistent/kiosk.toml: cannot be read"));
  }

  void theTokenFile() {
    QTemporaryDir dir;
    // Missing: an error naming the file, also when a flag names it.
    QVERIFY(errorOf([] {
              (void)parseKiosk({"civiq-kiosk", "--token-file", "/nonexistent/kiosk.token"});
            }).startsWith("/nonexistent/kiosk.token: cannot read the kiosk token"));
    const QString config = writeFile(dir, "kiosk.toml", "[server]\ntoken_file = \"/nonexistent/kiosk.token\"\n");
    QVERIFY(errorOf([&] {
              (void)parseKiosk({"civiq-kiosk", "--config", config});
            }).contains("/nonexistent/kiosk.token"));
    // --token-file wins over a configured token file that is written only at enrolment.
    const QString token = writeFile(dir, "kiosk.token", "tok-789\n");
    QCOMPARE(parseKiosk({"civiq-kiosk", "--config", config, "--token-file", token}).token, QStringLiteral("tok-789"));
    // Empty (or only a newline): no token, as if none was configured; the server then refuses
    // what needs one.
    const QString empty = writeFile(dir, "empty.token", "\n");
    QVERIFY(parseKiosk({"civiq-kiosk", "--token-file", empty}).token.isEmpty());
  }

  void anAppAddsItsOwnFlags() {
    DeviceCommandLine commandLine(QStringLiteral("kiosk"), QStringLiteral("a test kiosk"));
    const QCommandLineOption printer(QStringLiteral("printer"), QStringLiteral("CUPS queue"), QStringLiteral("name"));
    commandLine.addOptions({printer});
    commandLine.parse({"civiq-kiosk", "--printer", "Ticketdrucker"});
    QVERIFY(commandLine.isSet(printer));
    QCOMPARE(commandLine.value(printer), QStringLiteral("Ticketdrucker"));
    QVERIFY(!commandLine.config());  // neither --config nor /etc/civiq/kiosk.toml
    QCOMPARE(errorOf([&] { DeviceCommandLine::fail(printer, QStringLiteral("no such queue")); }),
             QStringLiteral("--printer: no such queue"));
  }
};

QTEST_GUILESS_MAIN(DeviceSettingsTest)
#include "device_settings_test.moc"
