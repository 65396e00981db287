// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-kiosk-tap-bench: how long a citizen waits at the kiosk (issue #13). Run by bench/kiosk-tap,
// which starts a private cupsd with a cups-pdf queue and passes it in the kiosk's flags:
//   civiq-kiosk-tap-bench TAPS OUT.json civiq-kiosk-flags…   (--printer, --cups-server, --state-dir)
// It starts the real civiq-server on the demo branch (CIVIQ_SERVER, CIVIQ_ADMIN; TestServer),
// enrolls a kiosk, and shows the kiosk's QML offscreen exactly as civiq-kiosk would. Then, TAPS
// times: a tap on a service tile → the number on screen (the first frame rendered after the
// confirmation screen shows it) and → CUPS accepted the receipt's job (CupsPrinter::submitted);
// the receipt is waited out (completed) and "Fertig" tapped before the next citizen. Beside it, in
// the same run, the physical limits of each leg: the bare issue call (the kit's BranchApi, no
// screen) and the bare print of an already rendered receipt (CupsPrinter, no screen, no layout).
// Results (milliseconds, every sample) go to OUT.json; bench/kiosk-tap summarises them.
#include <QtQml/qqmlextensionplugin.h>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <cstdio>

#include "kiosk_app.hpp"
#include "kiosk_window_driver.hpp"
#include "qtclient/branch_api.hpp"
#include "receipt_job.hpp"
#include "test_server.hpp"

Q_IMPORT_QML_PLUGIN(Civiq_KioskPlugin)

using civiq::kiosk::CupsPrinter;
using civiq::kiosk::KioskApp;
using civiq::kiosk::KioskController;
using civiq::kiosk::testing::findShown;
using civiq::kiosk::testing::waitUntil;

namespace {

constexpr int kService = 1;                          // Personalausweis: the office's busiest
constexpr qint64 kBaselineTicketBase = 900'000'000;  // receipts of the print baseline: never real ids

bool tap(KioskApp& app, const QString& name) {
  QQuickItem* item = nullptr;
  if (!waitUntil([&] { return (item = findShown(app.window()->contentItem(), name)) != nullptr; })) return false;
  civiq::kiosk::testing::tapItem(app.window(), item);
  return true;
}

double ms(const QElapsedTimer& clock, qint64 startNs) {
  return static_cast<double>(clock.nsecsElapsed() - startNs) / 1e6;
}

QJsonArray array(const std::vector<double>& values) {
  QJsonArray out;
  for (const double v : values) out.append(v);
  return out;
}

[[noreturn]] void fail(const char* why) {
  std::fprintf(stderr, "civiq-kiosk-tap-bench: %s\n", why);
  std::exit(1);
}

}  // namespace

int main(int argc, char* argv[]) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QStringList arguments = QGuiApplication::arguments();
  if (arguments.size() < 3) fail("usage: civiq-kiosk-tap-bench TAPS OUT.json civiq-kiosk-flags…");
  const int taps = arguments.takeAt(1).toInt();
  const QString out = arguments.takeAt(1);
  if (taps < 1) fail("TAPS must be at least 1");

  civiq::qtclient::testing::TestServer server;
  server.start();
  const QString token = server.enrollDevice(QStringLiteral("Kiosk Eingang"), QStringLiteral("kiosk"));
  arguments << QStringLiteral("--server") << server.baseUrl().toString() << QStringLiteral("--token-file");
  QFile tokenFile(server.dir() + QStringLiteral("/kiosk.token"));
  if (!tokenFile.open(QIODevice::WriteOnly) || tokenFile.write(token.toUtf8()) < 0) fail("cannot write the token");
  tokenFile.close();
  arguments << tokenFile.fileName();
  civiq::kiosk::KioskSettings settings = civiq::kiosk::parseKioskSettings(arguments);
  settings.fullScreen = false;
  settings.confirmationTime = std::chrono::seconds(120);  // "Fertig" ends each round, not the timer

  KioskApp kiosk(settings);
  kiosk.window()->resize(1080, 1920);
  kiosk.show();
  auto& controller = kiosk.controller();
  if (!waitUntil([&] { return controller.screen() == KioskController::Screen::Start && controller.printer(); }))
    fail("the start screen never came");
  CupsPrinter* printer = controller.printer();

  QElapsedTimer clock;
  clock.start();
  std::vector<double> toNumber, toJob;
  for (int i = 0; i < taps; ++i) {
    qint64 numberAt = -1, jobAt = -1;
    bool ended = false, failed = false;
    const auto submitted = QObject::connect(printer, &CupsPrinter::submitted, [&] { jobAt = clock.nsecsElapsed(); });
    const auto jobEnded = QObject::connect(printer, &CupsPrinter::jobEnded, [&] { ended = true; });
    const auto printFailed = QObject::connect(printer, &CupsPrinter::printFailed, [&] { failed = true; });
    const auto frame = QObject::connect(kiosk.window(), &QQuickWindow::frameSwapped, [&] {
      if (numberAt < 0 && controller.screen() == KioskController::Screen::Confirmation && !controller.number().isEmpty())
        numberAt = clock.nsecsElapsed();
    });
    const qint64 tappedAt = clock.nsecsElapsed();
    if (!tap(kiosk, QStringLiteral("service-%1").arg(kService))) fail("no tile to tap");
    if (!waitUntil([&] { return (numberAt >= 0 && (ended || failed)); })) fail("no number or no print end");
    if (failed || jobAt < 0) fail("a receipt did not print (see the cupsd log)");
    toNumber.push_back(static_cast<double>(numberAt - tappedAt) / 1e6);
    toJob.push_back(static_cast<double>(jobAt - tappedAt) / 1e6);
    for (const auto& c : {submitted, jobEnded, printFailed, frame}) QObject::disconnect(c);
    if (!tap(kiosk, QStringLiteral("done"))) fail("no done button");
    if (!waitUntil([&] { return controller.screen() == KioskController::Screen::Start; })) fail("not back at start");
  }

  // The legs alone: the issue call without a screen, the print of a rendered receipt without one.
  civiq::qtclient::BranchClient client(server.baseUrl());
  client.setToken(token);
  civiq::qtclient::BranchApi api(client);
  std::vector<double> bareIssue, barePrint;
  for (int i = 0; i < taps; ++i) {
    bool answered = false;
    const qint64 start = clock.nsecsElapsed();
    api.issueTicket({civiq::domain::ServiceId{kService}, {}, {}, {}}, civiq::qtclient::ActionKey::make(), &app,
                    [&](const auto& reply) {
                      if (!reply.value) fail("the bare issue call failed");
                      bareIssue.push_back(ms(clock, start));
                      answered = true;
                    });
    if (!waitUntil([&] { return answered; })) fail("the bare issue call got no answer");
  }
  civiq::kiosk::ReceiptFacts facts;
  facts.office = "Bürgerbüro Löbau";
  facts.number = "A999";
  facts.services = {"Personalausweis"};
  facts.issuedAt = "06.12.2026 09:41";
  facts.url = "http://127.0.0.1:8080/t/0123456789abcdef0123456789abcdef";
  for (int i = 0; i < taps; ++i) {
    const civiq::domain::TicketId ticket{kBaselineTicketBase + i};
    const auto receipt = civiq::kiosk::prepareReceipt(facts, ticket, settings.paper);
    if (!receipt.ok()) fail("the baseline receipt does not fit");
    qint64 jobAt = -1;
    bool ended = false, failed = false;
    const auto submitted = QObject::connect(printer, &CupsPrinter::submitted, [&] { jobAt = clock.nsecsElapsed(); });
    const auto jobEnded = QObject::connect(printer, &CupsPrinter::jobEnded, [&] { ended = true; });
    const auto printFailed = QObject::connect(printer, &CupsPrinter::printFailed, [&] { failed = true; });
    const qint64 start = clock.nsecsElapsed();
    printer->print(ticket, receipt.value->document);
    if (!waitUntil([&] { return ended || failed; }) || failed || jobAt < 0) fail("a baseline receipt did not print");
    barePrint.push_back(static_cast<double>(jobAt - start) / 1e6);
    for (const auto& c : {submitted, jobEnded, printFailed}) QObject::disconnect(c);
  }

  QFile file(out);
  if (!file.open(QIODevice::WriteOnly)) fail("cannot write the results");
  file.write(QJsonDocument(QJsonObject{{"taps", taps},
                                       {"tap_to_number_ms", array(toNumber)},
                                       {"tap_to_job_ms", array(toJob)},
                                       {"bare_issue_ms", array(bareIssue)},
                                       {"bare_print_ms", array(barePrint)}})
                 .toJson());
  return 0;
}
