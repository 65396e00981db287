// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The announcement as it is heard: Qt 6.4's TextToSpeech cannot render to a file, so the same text
// is rendered by espeak-ng (the engine speech-dispatcher uses on the display) and measured with sox:
// it must last more than a second and be clearly audible. Skipped when espeak-ng or sox is missing,
// unless CIVIQ_REQUIRE_SPEECH=1 (as in CTest: scripts/install-deps installs both), then it fails.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "announcement_text.hpp"

using civiq::display::announcementText;
using civiq::display::defaultWording;

namespace {

constexpr int kProcessTimeoutMs = 60000;
constexpr double kMinSeconds = 1.0;
constexpr double kMinRmsAmplitude = 0.01;

bool speechRequired() {
  return qEnvironmentVariable("CIVIQ_REQUIRE_SPEECH") == QLatin1String("1");
}

// One "Name:   value" line of `sox FILE -n stat`, or a negative number when absent.
double statValue(const QString& statOutput, const QString& name) {
  const QRegularExpression line(QStringLiteral("^%1:\\s*([-+0-9.eE]+)\\s*$").arg(QRegularExpression::escape(name)),
                                QRegularExpression::MultilineOption);
  const auto match = line.match(statOutput);
  if (!match.hasMatch()) return -1.0;
  bool ok = false;
  const double value = match.captured(1).toDouble(&ok);
  return ok ? value : -1.0;
}

}  // namespace

class SpokenAnnouncementTest : public QObject {
  Q_OBJECT

 private:
  QString espeak_;
  QString sox_;

 private slots:
  void initTestCase() {
    espeak_ = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
    sox_ = QStandardPaths::findExecutable(QStringLiteral("sox"));
    if (espeak_.isEmpty() || sox_.isEmpty()) {
      const QByteArray why = "espeak-ng or sox is not installed (apt-get install espeak-ng sox)";
      if (speechRequired()) QFAIL(why.constData());
      QSKIP(why.constData());
    }
  }

  void renderedAnnouncementIsAudible_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("counter");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("de") << "de"
                        << "Schalter 3"
                        << "Nummer A 42, bitte zu Schalter 3";
    QTest::newRow("en") << "en"
                        << "Counter 3"
                        << "Number A 42, please go to Counter 3";
    QTest::newRow("pl") << "pl"
                        << "stanowisko 3"
                        << "Zapraszamy numer A 42, stanowisko 3";
    QTest::newRow("cs") << "cs"
                        << "přepážka 3"
                        << "Prosíme číslo A 42, přepážka 3";
  }
  void renderedAnnouncementIsAudible() {
    QFETCH(QString, language);
    QFETCH(QString, counter);
    QFETCH(QString, expectedText);
    const auto wording = defaultWording(language);
    const QString text = announcementText(wording, QStringLiteral("A042"), counter);
    QCOMPARE(text, expectedText);

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString wav = dir.filePath(QStringLiteral("a.wav"));

    QProcess espeak;
    // The wording's language is the voice, as SpeechAnnouncer sets it as the speech locale.
    espeak.start(espeak_, {QStringLiteral("-v"), wording.language, QStringLiteral("-w"), wav, text});
    QVERIFY2(espeak.waitForFinished(kProcessTimeoutMs), "espeak-ng did not finish");
    QVERIFY2(espeak.exitStatus() == QProcess::NormalExit && espeak.exitCode() == 0,
             espeak.readAllStandardError().constData());

    QProcess sox;
    sox.start(sox_, {wav, QStringLiteral("-n"), QStringLiteral("stat")});
    QVERIFY2(sox.waitForFinished(kProcessTimeoutMs), "sox did not finish");
    const QString stat = QString::fromUtf8(sox.readAllStandardError());  // `stat` reports on stderr
    QVERIFY2(sox.exitStatus() == QProcess::NormalExit && sox.exitCode() == 0, qPrintable(stat));

    const double seconds = statValue(stat, QStringLiteral("Length (seconds)"));
    const double rms = statValue(stat, QStringLiteral("RMS     amplitude"));
    const double maximum = statValue(stat, QStringLiteral("Maximum amplitude"));
    qInfo("%s: \"%s\" %.2f s, RMS %.3f, max %.3f", qPrintable(wording.language), qPrintable(text), seconds, rms,
          maximum);
    QVERIFY2(seconds > kMinSeconds, qPrintable(stat));
    QVERIFY2(rms > kMinRmsAmplitude, qPrintable(stat));
    QVERIFY2(maximum > rms, qPrintable(stat));  // speech, not a constant offset
  }
};

QTEST_GUILESS_MAIN(SpokenAnnouncementTest)
#include "spoken_announcement_test.moc"
