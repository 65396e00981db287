// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The touch screen's wording: every text exists in every language, each refusal has its own words,
// placeholders survive translation, and each language is offered in its own name.
#include <QTest>

#include "kiosk_texts.hpp"

namespace civiq::kiosk {

class KioskTextsTest : public QObject {
  Q_OBJECT

 private slots:
  void everyTextInEveryLanguage() {
    const QVariantMap german = kioskTexts(QStringLiteral("de"));
    QVERIFY(german.size() > 30);
    for (const char* language : {"en", "pl", "cs"}) {
      const QVariantMap texts = kioskTexts(QString::fromLatin1(language));
      QCOMPARE(texts.keys(), german.keys());
      for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString text = it.value().toString();
        QVERIFY2(!text.isEmpty(), qPrintable(it.key()));
        QCOMPARE(text.contains(QStringLiteral("%1")), german.value(it.key()).toString().contains(QStringLiteral("%1")));
        QCOMPARE(text.contains(QStringLiteral("%2")), german.value(it.key()).toString().contains(QStringLiteral("%2")));
        if (it.key() != QLatin1String("done") && qstrcmp(language, "en") == 0)
          QVERIFY2(text != german.value(it.key()).toString(), qPrintable(it.key()));
      }
    }
    QCOMPARE(kioskTexts(QStringLiteral("tr")), german);  // no Turkish yet: German
  }

  void refusalsAreDistinct() {
    for (const char* language : {"de", "en", "pl", "cs"}) {
      QStringList seen;
      for (const char* key : {"unknownAppointment", "cancelledAppointment", "notToday", "tooEarly", "tooLate",
                              "alreadyCheckedIn", "serviceUnavailable"}) {
        const QString text = kioskText(QString::fromLatin1(language), key);
        QVERIFY2(!seen.contains(text), key);
        seen.append(text);
      }
    }
    QCOMPARE(kioskText(QStringLiteral("pl"), "printFailed"),
             QStringLiteral("Drukarka nie działa. Proszę zrobić zdjęcie numeru."));
  }

  void languagesInTheirOwnNames() {
    QCOMPARE(languageOwnName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(languageOwnName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(languageOwnName(QStringLiteral("pl")), QStringLiteral("Polski"));
    QCOMPARE(languageOwnName(QStringLiteral("cs")), QStringLiteral("Čeština"));
    QVERIFY(!languageOwnName(QStringLiteral("ar")).isEmpty());
  }
};

}  // namespace civiq::kiosk

QTEST_MAIN(civiq::kiosk::KioskTextsTest)
#include "kiosk_texts_test.moc"
