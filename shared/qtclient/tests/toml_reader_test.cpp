// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include <QTest>

#include "qtclient/toml_reader.hpp"
#include "settings_test_support.hpp"

using civiq::qtclient::StartupError;
using civiq::qtclient::TomlReader;
using civiq::qtclient::testing::errorOf;

class TomlReaderTest : public QObject {
  Q_OBJECT

 private slots:
  void typedValuesAndAbsentKeysKeepTheirDefaults() {
    TomlReader config(QStringLiteral("[box]\nname = \"Flur 1\"\non = true\nsize = 7\nids = [3, 1]\n"), "cfg");
    QString name = "default";
    QString other = "default";
    bool on = false;
    int size = 1;
    int absent = 42;
    QSet<int> ids{9};
    config.string("box", "name", name);
    config.string("box", "other", other);
    config.boolean("box", "on", on);
    config.integer("box", "size", size, 1, 10);
    config.integer("box", "absent", absent, 1, 10);
    config.ids("box", "ids", ids);
    QCOMPARE(name, QStringLiteral("Flur 1"));
    QCOMPARE(other, QStringLiteral("default"));
    QVERIFY(on);
    QCOMPARE(size, 7);
    QCOMPARE(absent, 42);
    QCOMPARE(ids, (QSet<int>{1, 3}));
    config.refuseUnknown();  // every key was asked for (absent ones too)
  }

  void wrongValuesNameFileLineAndKey_data() {
    QTest::addColumn<QString>("toml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << "[box]\nname = 5\n"
                            << "cfg:2: box.name: must be a string";
    QTest::newRow("boolean") << "[box]\n\non = \"yes\"\n"
                             << "cfg:3: box.on: must be true or false";
    QTest::newRow("integer type") << "[box]\nsize = 1.5\n"
                                  << "cfg:2: box.size: must be a whole number from 1 to 10";
    QTest::newRow("integer range") << "[box]\nsize = 11\n"
                                   << "cfg:2: box.size: must be a whole number from 1 to 10";
    QTest::newRow("ids type") << "[box]\nids = 1\n"
                              << "cfg:2: box.ids: must be a list of ids like [1, 2]";
    QTest::newRow("ids item") << "[box]\nids = [1,\n 0]\n"
                              << "cfg:3: box.ids: must be a list of ids like [1, 2]";
    QTest::newRow("not a table") << "box = 1\n"
                                 << "cfg:1: box: must be a table";
    QTest::newRow("syntax") << "[box\n"
                            << "cfg:1: ";
  }

  void wrongValuesNameFileLineAndKey() {
    QFETCH(QString, toml);
    QFETCH(QString, expected);
    const QString error = errorOf([&] {
      TomlReader config(toml, "cfg");
      QString name;
      bool on = false;
      int size = 1;
      QSet<int> ids;
      config.string("box", "name", name);
      config.boolean("box", "on", on);
      config.integer("box", "size", size, 1, 10);
      config.ids("box", "ids", ids);
    });
    QVERIFY2(error.startsWith(expected), qPrintable(error));
  }

  void unknownSectionsAndKeysAreRefused_data() {
    QTest::addColumn<QString>("toml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key") << "[box]\nsize = 2\nsise = 3\n"
                         << "cfg:3: box.sise: not a known setting";
    QTest::newRow("section") << "[box]\n[bocks]\nsize = 2\n"
                             << "cfg:2: bocks: not a known section (box, lid)";
    QTest::newRow("nested table") << "[box.inner]\nsize = 2\n"
                                  << "cfg:1: box.inner: not a known setting";
    QTest::newRow("root key") << "size = 2\n"
                              << "cfg:1: size: not a known section (box, lid)";
    QTest::newRow("none") << "[box]\nsize = 2\n"
                          << "";
  }

  void unknownSectionsAndKeysAreRefused() {
    QFETCH(QString, toml);
    QFETCH(QString, expected);
    TomlReader config(toml, "cfg");
    int size = 1;
    bool open = false;
    config.integer("box", "size", size, 1, 10);
    config.boolean("lid", "open", open);  // known, though absent from the file
    const QString error = errorOf([&] { config.refuseUnknown(); });
    QCOMPARE(error.left(expected.size()), expected);
    QCOMPARE(error.isEmpty(), expected.isEmpty());
  }

  void callersJudgeValuesWithTheSameMessages() {
    TomlReader config(QStringLiteral("[box]\n\ncolour = \"plaid\"\n"), "cfg");
    QCOMPARE(errorOf([&] { config.fail("box", "colour", QStringLiteral("must be red or blue")); }),
             QStringLiteral("cfg:3: box.colour: must be red or blue"));
    // A value that is not in the file (a default) has no line to name.
    QCOMPARE(errorOf([&] { config.fail("box", "shape", QStringLiteral("must be round")); }),
             QStringLiteral("cfg: box.shape: must be round"));
  }
};

QTEST_GUILESS_MAIN(TomlReaderTest)
#include "toml_reader_test.moc"
