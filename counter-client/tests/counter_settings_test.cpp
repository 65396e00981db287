// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The counter PC's settings: defaults, the TOML file with flags over it, and errors that name the
// file, line and key or the flag.
#include <QTest>

#include "counter_settings.hpp"
#include "settings_test_support.hpp"

using civiq::counter::parseCounterSettings;
using civiq::qtclient::testing::errorOf;
using civiq::qtclient::testing::writeFile;

class CounterSettingsTest : public QObject {
  Q_OBJECT

 private slots:
  void defaultsWithoutAnyFile() {
    const auto settings = parseCounterSettings({"civiq-counter"});
    QCOMPARE(settings.counter, 0);  // asked at the first sign-in
    QVERIFY(settings.user.isEmpty());
    QCOMPARE(settings.device.language, QStringLiteral("de"));
  }

  void aConfigFileThenFlagsOverIt() {
    QTemporaryDir dir;
    const QString config = writeFile(dir, "counter.toml",
                                     "[server]\n"
                                     "url = \"http://10.0.0.5:8080\"\n"
                                     "[counter]\n"
                                     "id = 3\n"
                                     "user = \"meier\"\n"
                                     "language = \"en\"\n"
                                     "offline_after_s = 4\n");
    auto settings = parseCounterSettings({"civiq-counter", "--config", config});
    QCOMPARE(settings.device.server, QUrl(QStringLiteral("http://10.0.0.5:8080")));
    QCOMPARE(settings.counter, 3);
    QCOMPARE(settings.user, QStringLiteral("meier"));
    QCOMPARE(settings.device.language, QStringLiteral("en"));
    QCOMPARE(settings.device.offlineAfterSeconds, 4);

    settings = parseCounterSettings({"civiq-counter", "--config", config, "--counter", "5", "--server",
                                     "http://127.0.0.1:9000", "--user", "schulze"});
    QCOMPARE(settings.counter, 5);
    QCOMPARE(settings.user, QStringLiteral("schulze"));
    QCOMPARE(settings.device.server, QUrl(QStringLiteral("http://127.0.0.1:9000")));
  }

  void errorsNameWhere() {
    QTemporaryDir dir;
    const QString config = writeFile(dir, "counter.toml", "[counter]\nid = -1\n");
    const QString fileError = errorOf([&] { (void)parseCounterSettings({"civiq-counter", "--config", config}); });
    QVERIFY2(fileError.contains(QStringLiteral("counter.toml:2")), qPrintable(fileError));
    QVERIFY2(fileError.contains(QStringLiteral("id")), qPrintable(fileError));

    const QString unknown = writeFile(dir, "unknown.toml", "[counter]\nid = 2\ndesk = 4\n");
    const QString unknownError = errorOf([&] { (void)parseCounterSettings({"civiq-counter", "--config", unknown}); });
    QVERIFY2(unknownError.contains(QStringLiteral("desk")), qPrintable(unknownError));

    const QString flagError = errorOf([] { (void)parseCounterSettings({"civiq-counter", "--counter", "x"}); });
    QVERIFY2(flagError.contains(QStringLiteral("--counter")), qPrintable(flagError));
  }
};

QTEST_GUILESS_MAIN(CounterSettingsTest)
#include "counter_settings_test.moc"
