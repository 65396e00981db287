// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// CupsPrinter against a real CUPS scheduler, run by tests/e2e/test_kiosk_print.py, which starts a
// private cupsd (and an ippeveprinter) and passes them in the environment:
//   printsOnceOnly: CIVIQ_CUPS_QUEUE, CIVIQ_KIOSK_STATE_DIR, CIVIQ_CHECK_TICKET, and the scheduler
//     from CIVIQ_CUPS_SERVER or else CUPS_SERVER (what libcups itself would use)
//     one receipt completes; the same ticket again is refused, also by a new CupsPrinter on the
//     same state dir (a kiosk restart), and nothing more reaches CUPS.
//   readsHealth: CIVIQ_HEALTH_PRINTER (queue or ipp:// URI), CIVIQ_HEALTH_EXPECT ("media-empty,…")
//     the health read back has those conditions (polled with a deadline: the daemon settles).
// Run one function: kiosk_cups_check printsOnceOnly
#include <QGuiApplication>
#include <QSignalSpy>
#include <QtTest>

#include "cups_printer.hpp"
#include "receipt_job.hpp"

namespace civiq::kiosk {
namespace {

constexpr int kJobWaitMs = 60'000;
constexpr int kHealthDeadlineMs = 20'000;
constexpr int kHealthAnswerMs = 15'000;

QString env(const char* name) {
  QString value = qEnvironmentVariable(name);
  if (value.isEmpty()) qFatal("%s is not set (this check is run by tests/e2e/test_kiosk_print.py)", name);
  return value;
}

PrinterConfig configFromEnv() {
  PrinterConfig config;
  config.cupsServer = qEnvironmentVariable("CIVIQ_CUPS_SERVER");
  config.queue = env("CIVIQ_CUPS_QUEUE");
  config.stateDir = env("CIVIQ_KIOSK_STATE_DIR");
  return config;
}

}  // namespace

class CupsCheck : public QObject {
  Q_OBJECT

 private slots:
  void printsOnceOnly() {
    const domain::TicketId ticket{env("CIVIQ_CHECK_TICKET").toLongLong()};
    ReceiptFacts facts;
    facts.office = "Bürgerbüro Löbau";
    facts.number = "Z999";
    facts.services = {"Reprint check"};
    facts.issuedAt = "06.12.2026 09:41";
    facts.url = "http://127.0.0.1:9/t/reprint-check";
    const auto receipt = prepareReceipt(facts, ticket, PaperSpec::forWidth(80));
    QVERIFY(receipt.ok());
    {
      CupsPrinter printer(configFromEnv());
      QSignalSpy ended(&printer, &CupsPrinter::jobEnded);
      QSignalSpy failed(&printer, &CupsPrinter::printFailed);
      printer.print(ticket, receipt.value->document);
      QTRY_VERIFY_WITH_TIMEOUT(ended.count() + failed.count() > 0, kJobWaitMs);
      if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(1).value<PrintError>().text()));
      QCOMPARE(printer.paperRoll().tickets(), 1);

      printer.print(ticket, receipt.value->document);
      QVERIFY(failed.wait(kJobWaitMs));
      QCOMPARE(failed.at(0).at(1).value<PrintError>().code, PrintErrorCode::AlreadyPrinted);
      QCOMPARE(ended.count(), 1);
    }
    CupsPrinter restarted(configFromEnv());  // the kiosk came back up
    QSignalSpy failed(&restarted, &CupsPrinter::printFailed);
    QSignalSpy submitted(&restarted, &CupsPrinter::submitted);
    restarted.print(ticket, receipt.value->document);
    QVERIFY(failed.wait(kJobWaitMs));
    QCOMPARE(failed.at(0).at(1).value<PrintError>().code, PrintErrorCode::AlreadyPrinted);
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(restarted.paperRoll().tickets(), 1);  // the count survived the restart as well
  }

  void readsHealth() {
    PrinterConfig config;
    config.cupsServer = qEnvironmentVariable("CIVIQ_CUPS_SERVER");
    config.queue = env("CIVIQ_HEALTH_PRINTER");
    const QStringList expected = env("CIVIQ_HEALTH_EXPECT").split(',', Qt::SkipEmptyParts);
    CupsPrinter printer(config);
    QSignalSpy read(&printer, &CupsPrinter::healthRead);
    QSignalSpy failed(&printer, &CupsPrinter::healthFailed);
    QDeadlineTimer deadline(kHealthDeadlineMs);
    QStringList seen;
    // Polled until the deadline: the printer's state is set from outside and settles on its own time.
    while (true) {
      printer.readHealth();
      QTRY_VERIFY_WITH_TIMEOUT(read.count() + failed.count() > 0, kHealthAnswerMs);
      if (!failed.isEmpty()) QFAIL(qPrintable(failed.takeFirst().at(0).value<PrintError>().text()));
      const auto health = read.takeFirst().at(0).value<PrinterHealth>();
      seen.clear();
      for (const auto condition : health.conditions) seen << PrinterHealth::conditionName(condition);
      bool all = true;
      for (const QString& name : expected) all = all && seen.contains(name);
      if (all) {
        qInfo("health: %s, %s", qPrintable(PrinterHealth::stateName(health.state)), qPrintable(seen.join(',')));
        return;
      }
      if (deadline.hasExpired())
        QFAIL(qPrintable(QStringLiteral("expected %1, read %2 (raw: %3)")
                             .arg(expected.join(','), seen.join(','), health.rawReasons.join(','))));
      QTest::qWait(100);  // pacing the poll of an external daemon, not a synchronisation point
    }
  }
};

}  // namespace civiq::kiosk

QTEST_MAIN(civiq::kiosk::CupsCheck)
#include "cups_check.moc"
