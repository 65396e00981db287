// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The wording of announcements: built-in templates per language, the spoken form of ticket numbers
// and custom templates from the config.
#include <QTest>

#include "announcement_text.hpp"

using civiq::display::announcementText;
using civiq::display::announcementWording;
using civiq::display::AnnouncementWording;
using civiq::display::defaultWording;
using civiq::display::isValidTemplate;
using civiq::display::spokenNumber;

class AnnouncementTextTest : public QObject {
  Q_OBJECT

 private slots:
  void defaultWordingPerLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("counter");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("de") << "de"
                        << "Schalter 3"
                        << "de"
                        << "Nummer A 42, bitte zu Schalter 3";
    QTest::newRow("en") << "en"
                        << "Counter 3"
                        << "en"
                        << "Number A 42, please go to Counter 3";
    QTest::newRow("pl") << "pl"
                        << "stanowisko 3"
                        << "pl"
                        << "Zapraszamy numer A 42, stanowisko 3";
    QTest::newRow("cs") << "cs"
                        << "přepážka 3"
                        << "cs"
                        << "Prosíme číslo A 42, přepážka 3";
    QTest::newRow("region de-AT") << "de-AT"
                                  << "Schalter 3"
                                  << "de"
                                  << "Nummer A 42, bitte zu Schalter 3";
    QTest::newRow("region en_GB") << "en_GB"
                                  << "Counter 3"
                                  << "en"
                                  << "Number A 42, please go to Counter 3";
    QTest::newRow("upper case PL") << "PL"
                                   << "stanowisko 3"
                                   << "pl"
                                   << "Zapraszamy numer A 42, stanowisko 3";
    QTest::newRow("unknown falls back to German") << "fr"
                                                  << "Schalter 3"
                                                  << "de"
                                                  << "Nummer A 42, bitte zu Schalter 3";
    QTest::newRow("empty falls back to German") << ""
                                                << "Schalter 3"
                                                << "de"
                                                << "Nummer A 42, bitte zu Schalter 3";
  }
  void defaultWordingPerLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, counter);
    QFETCH(QString, expectedLanguage);
    QFETCH(QString, expectedText);
    const AnnouncementWording wording = defaultWording(language);
    QCOMPARE(wording.language, expectedLanguage);
    QVERIFY(isValidTemplate(wording.callTemplate));
    QCOMPARE(announcementText(wording, QStringLiteral("A042"), counter), expectedText);
  }

  void builtInTemplates() {
    QCOMPARE(defaultWording("de").callTemplate, QStringLiteral("Nummer {number}, bitte zu {counter}"));
    QCOMPARE(defaultWording("en").callTemplate, QStringLiteral("Number {number}, please go to {counter}"));
    QCOMPARE(defaultWording("pl").callTemplate, QStringLiteral("Zapraszamy numer {number}, {counter}"));
    QCOMPARE(defaultWording("cs").callTemplate, QStringLiteral("Prosíme číslo {number}, {counter}"));
  }

  void spokenNumberTable_data() {
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("leading zero") << "A042"
                                  << "A 42";
    QTest::newRow("no leading zero") << "B100"
                                     << "B 100";
    QTest::newRow("all zeros") << "A000"
                               << "A 0";
    QTest::newRow("single digit") << "C007"
                                  << "C 7";
    QTest::newRow("multi-letter prefix") << "AB012"
                                         << "AB 12";
    QTest::newRow("long prefix") << "KFZ5"
                                 << "KFZ 5";
    QTest::newRow("digits only") << "042"
                                 << "42";
    QTest::newRow("letters only") << "VIP"
                                  << "VIP";
    QTest::newRow("separator dash") << "A-042"
                                    << "A 42";
    QTest::newRow("separator space") << "A 042"
                                     << "A 42";
    QTest::newRow("suffix kept") << "A042B"
                                 << "A 42 B";
    QTest::newRow("umlaut prefix") << "Ä010"
                                   << "Ä 10";
    QTest::newRow("empty") << ""
                           << "";
  }
  void spokenNumberTable() {
    QFETCH(QString, number);
    QFETCH(QString, spoken);
    QCOMPARE(spokenNumber(number), spoken);
  }

  void templateValidation_data() {
    QTest::addColumn<QString>("callTemplate");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << "Nummer {number}, bitte zu {counter}" << true;
    QTest::newRow("number only") << "Wir rufen {number}" << true;
    QTest::newRow("counter first") << "{counter}: {number}" << true;
    QTest::newRow("number twice") << "{number}, ich wiederhole, {number}" << true;
    QTest::newRow("no number") << "Bitte zu {counter}" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("typo in placeholder") << "Nummer {nummer}, bitte zu {counter}" << false;
    QTest::newRow("unknown placeholder") << "Nummer {number}, bitte zu {counter} {service}" << false;
    QTest::newRow("upper case") << "Nummer {NUMBER}" << false;
  }
  void templateValidation() {
    QFETCH(QString, callTemplate);
    QFETCH(bool, valid);
    QCOMPARE(isValidTemplate(callTemplate), valid);
  }

  void customTemplateReplacesDefault() {
    const AnnouncementWording wording = announcementWording("de", QStringLiteral("Kunde {number} an {counter}, bitte"));
    QCOMPARE(wording.language, QStringLiteral("de"));
    QCOMPARE(announcementText(wording, QStringLiteral("B100"), QStringLiteral("Platz 7")),
             QStringLiteral("Kunde B 100 an Platz 7, bitte"));
  }

  void customTemplateKeepsItsLanguage() {
    // No built-in French wording, but a French template is spoken in French, not German.
    const AnnouncementWording wording = announcementWording("fr", QStringLiteral("Numéro {number}, guichet {counter}"));
    QCOMPARE(wording.language, QStringLiteral("fr"));
    QCOMPARE(announcementText(wording, QStringLiteral("A001"), QStringLiteral("3")),
             QStringLiteral("Numéro A 1, guichet 3"));
  }

  void emptyCustomTemplateMeansDefault() {
    const AnnouncementWording wording = announcementWording("en", QString());
    QCOMPARE(wording.callTemplate, defaultWording("en").callTemplate);
    QCOMPARE(wording.language, QStringLiteral("en"));
  }

  void invalidCustomTemplateFallsBackToDefault() {
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("template \"Bitte zu \\{counter\\}\""));
    const AnnouncementWording wording = announcementWording("de", QStringLiteral("Bitte zu {counter}"));
    QCOMPARE(wording.callTemplate, defaultWording("de").callTemplate);
  }

  void numberWithoutCounterPlaceholder() {
    const AnnouncementWording wording{QStringLiteral("de"), QStringLiteral("Nummer {number}")};
    QCOMPARE(announcementText(wording, QStringLiteral("A042"), QStringLiteral("Schalter 3")),
             QStringLiteral("Nummer A 42"));
  }

  void counterIsTrimmed() {
    QCOMPARE(announcementText(defaultWording("de"), QStringLiteral("A042"), QStringLiteral("  Schalter 3 ")),
             QStringLiteral("Nummer A 42, bitte zu Schalter 3"));
  }
};

QTEST_GUILESS_MAIN(AnnouncementTextTest)
#include "announcement_text_test.moc"
