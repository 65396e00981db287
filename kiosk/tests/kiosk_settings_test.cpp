// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The kiosk's settings: /etc/civiq/kiosk.toml (or --config) with file:line errors, and the flags
// of print-test and of the touch screen over it.
#include <QTemporaryDir>
#include <QTest>

#include "kiosk_settings.hpp"
#include "settings_test_support.hpp"

namespace civiq::kiosk {

using qtclient::TomlReader;
using qtclient::testing::errorOf;
using qtclient::testing::writeFile;

class KioskSettingsTest : public QObject {
  Q_OBJECT

 private slots:
  void aConfigFileThenFlagsOverIt() {
    QTemporaryDir dir;
    const QString token = writeFile(dir, "kiosk.token", "kiosk-tok\n");
    const QString config = writeFile(dir, "kiosk.toml",
                                     QString("[server]\n"
                                             "url = \"http://10.0.0.5:8080\"\n"
                                             "token_file = \"%1\"\n"
                                             "[kiosk]\n"
                                             "language = \"pl\"\n"
                                             "state_dir = \"/var/lib/civiq-kiosk\"\n"
                                             "[printer]\n"
                                             "queue = \"eingang\"\n"
                                             "cups_server = \"/run/cups/cups.sock\"\n"
                                             "paper_width_mm = 58\n"
                                             "dpi = 203\n"
                                             "roll_length_m = 50\n"
                                             "paper_low_m = 3\n")
                                         .arg(token)
                                         .toUtf8());
    auto settings = parsePrintTestSettings({"civiq-kiosk", "--config", config});
    QCOMPARE(settings.kiosk.device.server, QUrl("http://10.0.0.5:8080"));
    QCOMPARE(settings.kiosk.device.token, QStringLiteral("kiosk-tok"));
    QCOMPARE(settings.kiosk.device.language, QStringLiteral("pl"));
    QCOMPARE(settings.kiosk.printer.queue, QStringLiteral("eingang"));
    QCOMPARE(settings.kiosk.printer.cupsServer, QStringLiteral("/run/cups/cups.sock"));
    QCOMPARE(settings.kiosk.printer.stateDir, QStringLiteral("/var/lib/civiq-kiosk"));
    QCOMPARE(settings.kiosk.paper.widthMm, 58);
    QCOMPARE(settings.kiosk.paper.printableWidthMm, 48);
    QCOMPARE(settings.kiosk.printer.roll.rollLengthMm, 50'000.0);
    QCOMPARE(settings.kiosk.printer.roll.lowAtMm, 3'000.0);
    QVERIFY(!settings.service.has_value());

    settings =
        parsePrintTestSettings({"civiq-kiosk", "--config", config, "--printer", "test", "--paper-width", "80", "--dpi",
                                "300", "--service", "2", "--cups-server", "localhost:8631", "--state-dir", dir.path()});
    QCOMPARE(settings.kiosk.printer.queue, QStringLiteral("test"));
    QCOMPARE(settings.kiosk.paper.widthMm, 80);
    QCOMPARE(settings.kiosk.paper.printableWidthMm, 72);
    QCOMPARE(settings.kiosk.paper.dpi, 300);
    QCOMPARE(settings.service, std::optional<int>(2));
    QCOMPARE(settings.kiosk.printer.cupsServer, QStringLiteral("localhost:8631"));
    QCOMPARE(settings.kiosk.printer.stateDir, dir.path());
  }

  void badValuesNameFileLineAndKey_data() {
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("width") << QByteArray("[printer]\npaper_width_mm = 76\n")
                           << QStringLiteral(":2: printer.paper_width_mm: must be 80 or 58");
    QTest::newRow("dpi") << QByteArray("[printer]\ndpi = 72\n") << QStringLiteral(":2: printer.dpi");
    QTest::newRow("unknown key") << QByteArray("[printer]\nroll_lenght_m = 80\n")
                                 << QStringLiteral("printer.roll_lenght_m");
    QTest::newRow("idle too short") << QByteArray("[kiosk]\n\nidle_timeout_s = 3\n")
                                    << QStringLiteral(":3: kiosk.idle_timeout_s");
    QTest::newRow("confirmation too long")
        << QByteArray("[kiosk]\nconfirmation_s = 600\n") << QStringLiteral(":2: kiosk.confirmation_s");
    QTest::newRow("staff keys a scanner types")
        << QByteArray("[kiosk]\nstaff_keys = \"S\"\n") << QStringLiteral(":2: kiosk.staff_keys");
    QTest::newRow("staff PIN in plain text")
        << QByteArray("[kiosk]\nstaff_pin_hash = \"2468\"\n") << QStringLiteral(":2: kiosk.staff_pin_hash");
    QTest::newRow("reports too often")
        << QByteArray("[kiosk]\nreport_every_s = 1\n") << QStringLiteral(":2: kiosk.report_every_s");
  }
  void badValuesNameFileLineAndKey() {
    QFETCH(QByteArray, toml);
    QFETCH(QString, expected);
    const QString error = errorOf([&] {
      TomlReader config(QString::fromUtf8(toml), QStringLiteral("/etc/civiq/kiosk.toml"));
      (void)readKioskConfig(config);
    });
    QVERIFY2(error.startsWith(QStringLiteral("/etc/civiq/kiosk.toml")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
  }

  void flagsAreChecked() {
    QTemporaryDir dir;
    const QString token = writeFile(dir, "kiosk.token", "kiosk-tok\n");
    const QStringList base{"civiq-kiosk", "--token-file", token};
    QCOMPARE(errorOf([&] {
               (void)parsePrintTestSettings(base + QStringList{"--paper-width", "76"});
             }),
             QStringLiteral("--paper-width: must be 80 or 58"));
    QVERIFY(errorOf([&] {
              (void)parsePrintTestSettings(base + QStringList{"--service", "zwei"});
            }).startsWith(QStringLiteral("--service:")));
    QVERIFY(
        errorOf([&] { (void)parsePrintTestSettings({"civiq-kiosk"}); }).contains(QStringLiteral("no device token")));
    // Without a state dir the kiosk's own folder (the registry must survive a restart).
    const auto settings = parsePrintTestSettings(base);
    QVERIFY(!settings.kiosk.printer.stateDir.isEmpty());
  }

  void touchScreenSettings() {
    QTemporaryDir dir;
    const QString token = writeFile(dir, "kiosk.token", "kiosk-tok\n");
    const QString config = writeFile(dir, "kiosk.toml",
                                     QString("[server]\ntoken_file = \"%1\"\n"
                                             "[kiosk]\nidle_timeout_s = 45\nconfirmation_s = 8\nreport_every_s = 20\n"
                                             "staff_keys = \"Ctrl+Shift+F12\"\n")
                                         .arg(token)
                                         .toUtf8());
    auto settings = parseKioskSettings({"civiq-kiosk", "--config", config});
    QCOMPARE(settings.idleTimeout, std::chrono::seconds(45));
    QCOMPARE(settings.confirmationTime, std::chrono::seconds(8));
    QCOMPARE(settings.reportInterval, std::chrono::seconds(20));
    QCOMPARE(settings.staffKeys, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F12));
    QVERIFY(settings.staffPinHash.isEmpty());
    QVERIFY(settings.fullScreen);
    QVERIFY(!settings.printer.stateDir.isEmpty());
    settings = parseKioskSettings({"civiq-kiosk", "--config", config, "--windowed", "--printer", "q", "--cups-server",
                                   "localhost:8631", "--state-dir", dir.path()});
    QVERIFY(!settings.fullScreen);
    QCOMPARE(settings.printer.queue, QStringLiteral("q"));
    QCOMPARE(settings.printer.cupsServer, QStringLiteral("localhost:8631"));
    QCOMPARE(settings.printer.stateDir, dir.path());
    // Defaults: a minute of no touch, 15 s of the number on screen.
    settings = parseKioskSettings({"civiq-kiosk", "--token-file", token});
    QCOMPARE(settings.idleTimeout, std::chrono::seconds(60));
    QCOMPARE(settings.confirmationTime, std::chrono::seconds(15));
    QVERIFY(errorOf([&] {
              (void)parseKioskSettings({"civiq-kiosk", "--windowed"});
            }).contains(QStringLiteral("no device token")));
  }
};

}  // namespace civiq::kiosk

QTEST_MAIN(civiq::kiosk::KioskSettingsTest)
#include "kiosk_settings_test.moc"
