// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The kiosk's touch flow against the real civiq-server, its QML rendered offscreen and tapped like
// a citizen would: a walk-in ticket (a double tap gives one), several services, a booking checked
// in by scanner keystrokes and on the keypad, every refusal of a check-in, the idle timeout, a
// closed office, an unreachable server. Printing goes to a CUPS scheduler that does not exist, so
// every print fails: the fallback (number and QR code large, "bitte fotografieren", the notice for
// the next citizen); tests/e2e/test_kiosk_touch.py prints through a real cupsd. Screenshots of
// every screen in German and Polish (and one mirrored) go to $CIVIQ_SCREENSHOT_DIR. Staff leave
// kiosk mode with the key combination and PIN, confirm a new paper roll and quit.
#include <QtQml/qqmlextensionplugin.h>
#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QQuickItem>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include "kiosk_app.hpp"
#include "kiosk_window_driver.hpp"
#include "staff_pin.hpp"
#include "qtclient/branch_api.hpp"
#include "test_server.hpp"

Q_IMPORT_QML_PLUGIN(Civiq_KioskPlugin)

using namespace std::chrono_literals;
using civiq::kiosk::KioskApp;
using civiq::kiosk::KioskController;
using civiq::kiosk::KioskSettings;
using civiq::kiosk::testing::findShown;
using civiq::kiosk::testing::layOut;
using civiq::kiosk::testing::tapItem;
using civiq::qtclient::testing::TestServer;
using civiq::qtclient::testing::waitFor;
using Screen = civiq::kiosk::KioskController::Screen;
using PrintState = civiq::kiosk::KioskController::PrintState;
namespace protocol = civiq::protocol;

namespace {

constexpr int kTimeoutMs = 10000;

void screenshot(KioskApp& app, const QString& name) {
  QCoreApplication::processEvents();
  // Half size (540×960) for the docs: every text stays readable, the folder stays small.
  const QImage image = app.window()->grabWindow().scaledToWidth(540, Qt::SmoothTransformation);
  const QString dir = qEnvironmentVariable("CIVIQ_SCREENSHOT_DIR", QDir::tempPath());
  QDir().mkpath(dir);
  if (!image.save(dir + QStringLiteral("/kiosk-%1.png").arg(name))) qWarning("could not save %s", qPrintable(name));
}

bool shown(const QQuickItem* item) {
  for (const QQuickItem* i = item; i; i = i->parentItem())
    if (!i->isVisible() || i->opacity() < 0.5) return false;
  return item != nullptr;
}

QQuickItem* visibleItem(KioskApp& app, const QString& name) {
  QCoreApplication::processEvents();
  return findShown(app.window()->contentItem(), name);
}

bool tap(KioskApp& app, const QString& name) {
  QQuickItem* item = visibleItem(app, name);
  if (!item || !item->isEnabled()) return false;
  tapItem(app.window(), item);
  return true;
}

// What a keyboard-wedge scanner sends: one key event per character (to the window, not to an item).
void typeKeys(KioskApp& app, const QString& text) {
  for (const QChar c : text) QTest::keyClick(app.window(), c.toLatin1());
}

// What a barcode scanner does: types the code, then Enter.
void scan(KioskApp& app, const QString& code) {
  typeKeys(app, code);
  QTest::keyClick(app.window(), Qt::Key_Return);
}

int waiting(TestServer& server, int service) {
  civiq::qtclient::BranchClient client(server.baseUrl());
  civiq::qtclient::BranchApi api(client);
  int count = -1;
  waitFor([&](auto done) {
    api.services(QStringLiteral("de"), nullptr, [&, done](const auto& reply) {
      if (reply.value)
        for (const auto& s : reply.value->services)
          if (s.id.value == service) count = s.waiting;
      done();
    });
  });
  return count;
}

// A TCP proxy in front of the server that, while `dropTickets` is set, passes ticket requests on
// but swallows their replies: the server issues the ticket, the kiosk never hears of it (a reply
// lost on a flaky network). Everything else passes both ways.
class LossyProxy : public QObject {
 public:
  LossyProxy(quint16 target) : target_(target) {
    listener_.listen(QHostAddress::LocalHost);
    connect(&listener_, &QTcpServer::newConnection, this, [this] {
      while (QTcpSocket* client = listener_.nextPendingConnection()) pipe(client);
    });
  }
  QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listener_.serverPort())); }
  bool dropTickets = false;
  int swallowed = 0;

 private:
  void pipe(QTcpSocket* client) {
    auto* upstream = new QTcpSocket(client);
    auto blackHole = std::make_shared<bool>(false);
    upstream->connectToHost(QHostAddress::LocalHost, target_);
    connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, blackHole] {
      const QByteArray data = client->readAll();
      if (dropTickets && data.contains("POST /api/v1/tickets")) *blackHole = true;
      upstream->write(data);
    });
    connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, blackHole] {
      const QByteArray data = upstream->readAll();
      if (*blackHole) {
        ++swallowed;
        return;
      }
      client->write(data);
    });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(upstream, &QTcpSocket::disconnected, client, [client, blackHole] {
      if (!*blackHole) client->disconnectFromHost();
    });
  }

  QTcpServer listener_;
  quint16 target_;
};

}  // namespace

class KioskServerTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  std::unique_ptr<TestServer> server_;
  QString token_;

  KioskSettings settings(const QString& token, const QUrl& url) {
    KioskSettings s;
    s.device.server = url;
    s.device.token = token;
    s.fullScreen = false;
    s.printer.queue = QStringLiteral("civiq-kiosk-test");
    s.printer.cupsServer = dir_.filePath(QStringLiteral("no-cupsd.sock"));  // nobody listens: printing fails
    s.printer.stateDir = dir_.path();
    return s;
  }

  std::unique_ptr<KioskApp> startKiosk(const KioskSettings& s) {
    auto app = std::make_unique<KioskApp>(s);
    app->show();
    if (!QTest::qWaitForWindowExposed(app->window())) return nullptr;
    return app;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    server_ = std::make_unique<TestServer>();
    server_->start();
    token_ = server_->enrollDevice(QStringLiteral("kiosk-eingang"), QStringLiteral("kiosk"));
  }

  void walkInDoubleTapAndPrinterFallback_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("pl") << QStringLiteral("pl");
  }

  void walkInDoubleTapAndPrinterFallback() {
    QFETCH(QString, language);
    auto app = startKiosk(settings(token_, server_->baseUrl()));
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    QCOMPARE(kiosk.officeName(), QStringLiteral("Bürgerbüro Löbau"));
    QCOMPARE(kiosk.language(), QStringLiteral("de"));
    QVERIFY(tap(*app, QStringLiteral("language-") + language));
    QCOMPARE(kiosk.language(), language);
    QTRY_VERIFY(visibleItem(*app, QStringLiteral("service-1")));
    screenshot(*app, language + QStringLiteral("-start"));

    // Two taps in quick succession: one ticket. The confirmation is captured the moment the number
    // arrives, while the receipt is still on its way to the printer.
    const int before = waiting(*server_, 1);
    QSignalSpy issued(&kiosk, &KioskController::issued);
    const auto shot = connect(&kiosk, &KioskController::issued, this,
                              [&] { screenshot(*app, language + QStringLiteral("-confirmation")); });
    QQuickItem* tile = visibleItem(*app, QStringLiteral("service-1"));
    layOut(tile);
    const QPoint at = tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2)).toPoint();
    QTest::mouseClick(app->window(), Qt::LeftButton, {}, at);
    QTest::mouseClick(app->window(), Qt::LeftButton, {}, at, 80);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Confirmation, kTimeoutMs);
    disconnect(shot);
    QTest::qWait(300);
    QCOMPARE(issued.count(), 1);
    QCOMPARE(waiting(*server_, 1), before + 1);
    QVERIFY(!kiosk.number().isEmpty());
    QVERIFY(kiosk.url().contains(QStringLiteral("/t/")));
    QVERIFY(shown(visibleItem(*app, QStringLiteral("qr"))));

    // The printer is unreachable: the number stays on screen, large, with the request for a photo.
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.printState(), PrintState::Failed, kTimeoutMs);
    QTRY_VERIFY(shown(visibleItem(*app, QStringLiteral("photoNotice"))));
    QCOMPARE(visibleItem(*app, QStringLiteral("number"))->property("text").toString(), kiosk.number());
    screenshot(*app, language + QStringLiteral("-confirmation-print-failed"));

    // The next citizen is told before choosing.
    QVERIFY(tap(*app, QStringLiteral("done")));
    QCOMPARE(kiosk.screen(), Screen::Start);
    QVERIFY(kiosk.number().isEmpty());
    QVERIFY(shown(visibleItem(*app, QStringLiteral("printerNotice"))));
    screenshot(*app, language + QStringLiteral("-start-printer-notice"));

    // Several services for one visit: one ticket, both named.
    QVERIFY(tap(*app, QStringLiteral("several")));
    QCOMPARE(kiosk.screen(), Screen::ChooseServices);
    QVERIFY(tap(*app, QStringLiteral("choose-1")));
    QVERIFY(tap(*app, QStringLiteral("choose-2")));
    QCOMPARE(kiosk.selectedCount(), 2);
    screenshot(*app, language + QStringLiteral("-choose-services"));
    QVERIFY(tap(*app, QStringLiteral("takeNumber")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Confirmation, kTimeoutMs);
    QCOMPARE(issued.count(), 2);
    QVERIFY(kiosk.serviceNames().contains(QStringLiteral(" · ")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.printState(), PrintState::Failed, kTimeoutMs);  // the printer is still missing
  }

  void printerQueueFromServer() {
    KioskSettings s = settings(token_, server_->baseUrl());
    s.printer.queue.clear();  // no queue configured: the one the server names ([kiosk] printer)
    auto app = startKiosk(s);
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    QVERIFY(tap(*app, QStringLiteral("service-2")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Confirmation, kTimeoutMs);
    QVERIFY(!kiosk.peopleAheadText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.printState(), PrintState::Failed, kTimeoutMs);
    QCOMPARE(kiosk.printer()->config().queue, QStringLiteral("civiq-tickets"));
  }

  void checkInRefusalsAndSuccess_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("pl") << QStringLiteral("pl");
  }

  void checkInRefusalsAndSuccess() {
    QFETCH(QString, language);
    const QString p = language.toUpper() + QLatin1Char('-');  // codes of this row
    // The bookings, imported by a manager.
    server_->addUser(QStringLiteral("manager-") + language, QStringLiteral("manager"), QStringLiteral("manager-pass"));
    civiq::qtclient::BranchClient manager(server_->baseUrl());
    civiq::qtclient::BranchApi managerApi(manager);
    waitFor([&](auto done) {
      manager.login(QStringLiteral("manager-") + language, QStringLiteral("manager-pass"), nullptr,
                    [done](const auto&) { done(); });
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone berlin("Europe/Berlin");
    auto dayCode = [&](const QDateTime& at, protocol::ErrorCode code) {
      // Tests run at any hour: near midnight the shifted time is on another office day.
      return at.toTimeZone(berlin).date() != now.toTimeZone(berlin).date() ? protocol::ErrorCode::AppointmentNotToday
                                                                           : code;
    };
    protocol::AppointmentImport import;
    auto add = [&](const QString& code, const QDateTime& at, bool cancelled = false) {
      protocol::AppointmentInput input;
      input.code = code.toStdString();
      input.time = civiq::domain::TimePoint(std::chrono::seconds(at.toSecsSinceEpoch()));
      input.service_ids = {civiq::domain::ServiceId{1}};
      if (cancelled) input.cancelled = true;
      import.appointments.push_back(input);
    };
    add(p + QStringLiteral("EARLY"), now.addSecs(2 * 3600));
    add(p + QStringLiteral("LATE"), now.addSecs(-3600));
    add(p + QStringLiteral("OTHERDAY"), now.addDays(2));
    add(p + QStringLiteral("CANCELLED"), now, true);
    add(p + QStringLiteral("NOW"), now);
    add(p + QStringLiteral("KEYPAD"), now);
    bool imported = false;
    waitFor([&](auto done) {
      managerApi.importAppointments(import, nullptr, [&, done](const auto& reply) {
        imported = reply.value && reply.value->imported == 6;
        done();
      });
    });
    QVERIFY(imported);

    auto app = startKiosk(settings(token_, server_->baseUrl()));
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    QVERIFY(tap(*app, QStringLiteral("language-") + language));

    struct Case {
      QString code;
      protocol::ErrorCode expected;
      QString shot;
    };
    const QList<Case> cases{
        {p + QStringLiteral("NOPE"), protocol::ErrorCode::UnknownAppointment, QStringLiteral("unknown")},
        {p + QStringLiteral("CANCELLED"), protocol::ErrorCode::AppointmentCancelled, QStringLiteral("cancelled")},
        {p + QStringLiteral("OTHERDAY"), protocol::ErrorCode::AppointmentNotToday, QStringLiteral("not-today")},
        {p + QStringLiteral("EARLY"), dayCode(now.addSecs(2 * 3600), protocol::ErrorCode::CheckInTooEarly),
         QStringLiteral("too-early")},
        {p + QStringLiteral("LATE"), dayCode(now.addSecs(-3600), protocol::ErrorCode::CheckInTooLate),
         QStringLiteral("too-late")},
    };
    QStringList messages;
    for (const auto& c : cases) {
      scan(*app, c.code);  // on the start screen, like a barcode scanner
      QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Message, kTimeoutMs);
      QVERIFY2(kiosk.refusal() == c.expected, qPrintable(c.code));
      QVERIFY(!kiosk.message().isEmpty());
      QVERIFY2(!messages.contains(kiosk.message()), qPrintable(kiosk.message()));  // each refusal its own words
      messages.append(kiosk.message());
      // The server names when check-in opens; the kiosk says it as the office's clock time.
      const QString opens = now.addSecs(3600).toTimeZone(QTimeZone("Europe/Berlin")).toString(QStringLiteral("HH:mm"));
      if (c.expected == protocol::ErrorCode::CheckInTooEarly) QVERIFY2(kiosk.message().contains(opens), qPrintable(kiosk.message()));
      screenshot(*app, language + QStringLiteral("-refused-") + c.shot);
      QVERIFY(tap(*app, QStringLiteral("back")));
      QCOMPARE(kiosk.screen(), Screen::Start);
    }

    // A booking scanned: checked in, the ticket marked as an appointment.
    scan(*app, p + QStringLiteral("NOW"));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Confirmation, kTimeoutMs);
    QVERIFY(kiosk.appointment());
    QVERIFY(!kiosk.number().isEmpty());
    QVERIFY(tap(*app, QStringLiteral("done")));
    // Scanned again: already checked in.
    scan(*app, p + QStringLiteral("NOW"));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Message, kTimeoutMs);
    QVERIFY(kiosk.refusal() == protocol::ErrorCode::AppointmentAlreadyCheckedIn);
    QVERIFY(!messages.contains(kiosk.message()));
    screenshot(*app, language + QStringLiteral("-refused-already-checked-in"));
    QVERIFY(tap(*app, QStringLiteral("back")));

    // Typed on the keypad, one mistake corrected.
    QVERIFY(tap(*app, QStringLiteral("appointment")));
    QCOMPARE(kiosk.screen(), Screen::AppointmentCode);
    const QString typed = p + QStringLiteral("KEYPADX");
    for (const QChar c : typed) QVERIFY2(tap(*app, QStringLiteral("key-") + c), qPrintable(QString(c)));
    QVERIFY(tap(*app, QStringLiteral("delete")));
    QCOMPARE(kiosk.code(), p + QStringLiteral("KEYPAD"));
    screenshot(*app, language + QStringLiteral("-appointment-code"));
    QVERIFY(tap(*app, QStringLiteral("checkIn")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Confirmation, kTimeoutMs);
    QVERIFY(kiosk.appointment());
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.printState(), PrintState::Failed, kTimeoutMs);
    screenshot(*app, language + QStringLiteral("-confirmation-appointment"));
  }

  void idleTimeoutClearsHalfTypedCodes() {
    KioskSettings s = settings(token_, server_->baseUrl());
    s.idleTimeout = 1s;
    auto app = startKiosk(s);
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    QVERIFY(tap(*app, QStringLiteral("language-pl")));
    QVERIFY(tap(*app, QStringLiteral("largeText")));
    QVERIFY(kiosk.largeText());
    screenshot(*app, QStringLiteral("pl-start-large-text"));
    typeKeys(*app, QStringLiteral("AB-12"));  // a scan without its Enter
    QCOMPARE(kiosk.screen(), Screen::AppointmentCode);
    QCOMPARE(kiosk.code(), QStringLiteral("AB-12"));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, 3000);
    QVERIFY(kiosk.code().isEmpty());
    QCOMPARE(kiosk.language(), QStringLiteral("de"));
    QVERIFY(!kiosk.largeText());
    // From the confirmation, too.
    QVERIFY(tap(*app, QStringLiteral("several")));
    QCOMPARE(kiosk.screen(), Screen::ChooseServices);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, 3000);
    QCOMPARE(kiosk.selectedCount(), 0);
  }

  void staffMenuOpensWithKeysAndPinOnly() {
    KioskSettings s = settings(token_, server_->baseUrl());
    s.printer.stateDir = dir_.filePath(QStringLiteral("staff"));
    s.staffPinHash = civiq::kiosk::hashStaffPin(QStringLiteral("2468"));
    auto app = startKiosk(s);
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    QVERIFY(kiosk.printer());  // known once the office loaded

    // A wrong PIN by touch: refused, forgotten, the menu stays shut.
    QTest::keyClick(app->window(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(kiosk.screen(), Screen::StaffPin);
    for (const char* key : {"pin-1", "pin-2", "pin-3", "pin-4"}) QVERIFY(tap(*app, QString::fromLatin1(key)));
    QCOMPARE(kiosk.staff()->maskedPin().size(), 4);
    QVERIFY(tap(*app, QStringLiteral("pinOk")));
    QCOMPARE(kiosk.screen(), Screen::StaffPin);
    QCOMPARE(kiosk.staff()->message(), QStringLiteral("Falsche PIN."));
    QVERIFY(kiosk.staff()->maskedPin().isEmpty());
    QVERIFY(shown(visibleItem(*app, QStringLiteral("staffMessage"))));
    screenshot(*app, QStringLiteral("de-staff-pin"));

    // The right one on a keyboard: the staff menu with the paper count.
    typeKeys(*app, QStringLiteral("2468"));
    QTest::keyClick(app->window(), Qt::Key_Return);
    QCOMPARE(kiosk.screen(), Screen::StaffMenu);
    for (int i = 0; i < 300; ++i) kiosk.printer()->paperRoll().addTicket(125);  // 300 receipts printed
    kiosk.staff()->open(QStringLiteral("de"));                                   // shows the count again
    QVERIFY2(kiosk.staff()->paperText().contains(QStringLiteral("etwa 340 Tickets auf der Rolle (300 seit")),
             qPrintable(kiosk.staff()->paperText()));
    screenshot(*app, QStringLiteral("de-staff-menu"));

    // A new roll: the count starts again and the branch hears of it at once.
    QSignalSpy reported(&kiosk.health().reporter(), &civiq::qtclient::DeviceStatusReporter::reported);
    QVERIFY(tap(*app, QStringLiteral("refilled")));
    QCOMPARE(kiosk.printer()->paperRoll().tickets(), 0);
    QVERIFY(kiosk.staff()->paperText().contains(QStringLiteral("640 Tickets")));
    QVERIFY(reported.wait(kTimeoutMs));

    // Quit (the app's quit is not wanted inside the test).
    disconnect(&kiosk, &KioskController::quitRequested, qApp, nullptr);
    QSignalSpy quit(&kiosk, &KioskController::quitRequested);
    QVERIFY(tap(*app, QStringLiteral("quitKiosk")));
    QCOMPARE(quit.count(), 1);
    QVERIFY(tap(*app, QStringLiteral("back")));
    QCOMPARE(kiosk.screen(), Screen::Start);

    // Five wrong PINs lock the keypad: then even the right one is refused for a minute.
    QTest::keyClick(app->window(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    for (int i = 0; i < civiq::kiosk::KioskStaffMenu::kTriesBeforeLock; ++i) {
      typeKeys(*app, QStringLiteral("0000"));
      QTest::keyClick(app->window(), Qt::Key_Return);
    }
    typeKeys(*app, QStringLiteral("2468"));
    QTest::keyClick(app->window(), Qt::Key_Return);
    QCOMPARE(kiosk.screen(), Screen::StaffPin);
    QVERIFY2(kiosk.staff()->message().startsWith(QStringLiteral("Zu viele Versuche")), qPrintable(kiosk.staff()->message()));
    QTest::keyClick(app->window(), Qt::Key_Escape);
    QCOMPARE(kiosk.screen(), Screen::Start);

    // A kiosk without a staff PIN has no staff menu at all.
    app.reset();
    s.staffPinHash.clear();
    app = startKiosk(s);
    QVERIFY(app);
    QTRY_COMPARE_WITH_TIMEOUT(app->controller().screen(), Screen::Start, kTimeoutMs);
    QTest::keyClick(app->window(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(app->controller().screen(), Screen::Start);
  }

  void tilesAreGroupedAsTheBranchSays() {
    auto app = startKiosk(settings(token_, server_->baseUrl()));
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    QTRY_VERIFY(visibleItem(*app, QStringLiteral("service-6")));
    auto text = [&](const char* name) {
      const QQuickItem* item = visibleItem(*app, QString::fromLatin1(name));
      return item ? item->property("text").toString() : QString();
    };
    QCOMPARE(text("group-0"), QStringLiteral("Fahrzeug und Führerschein"));
    QCOMPARE(text("group-1"), QStringLiteral("Soziales"));
    QVERIFY(!visibleItem(*app, QStringLiteral("group-2")));  // the ungrouped tiles: no heading
    // Kfz, Fahrerlaubnis and Bußgeld together; Wohngeld and Schwerbehinderung below; then the rest.
    auto top = [&](int service) {
      const QQuickItem* tile = visibleItem(*app, QStringLiteral("service-%1").arg(service));
      layOut(const_cast<QQuickItem*>(tile));
      return tile->mapToScene({0, 0}).y();
    };
    QVERIFY(top(5) < top(3));
    QVERIFY(top(3) < top(6));
    QVERIFY(top(4) < top(6));
    QVERIFY(tap(*app, QStringLiteral("language-pl")));
    QCOMPARE(text("group-0"), QStringLiteral("Pojazdy i prawo jazdy"));
  }

  void mirroredLayout() {
    // The demo branch offers no right-to-left language: a kiosk set up with one (Arabic here,
    // German words until the wording has Arabic) mirrors the whole layout.
    KioskSettings s = settings(token_, server_->baseUrl());
    s.device.language = QStringLiteral("ar");
    auto app = startKiosk(s);
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    QVERIFY(kiosk.mirrored());
    QTRY_VERIFY(visibleItem(*app, QStringLiteral("service-1")));
    const QQuickItem* several = visibleItem(*app, QStringLiteral("several"));
    const QQuickItem* appointment = visibleItem(*app, QStringLiteral("appointment"));
    QVERIFY(several->mapToScene({0, 0}).x() > appointment->mapToScene({0, 0}).x());  // right to left
    screenshot(*app, QStringLiteral("rtl-start"));
  }

  void retryAfterALostReplyGetsTheSameTicket() {
    LossyProxy proxy(server_->port());
    auto app = startKiosk(settings(token_, proxy.url()));
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    const int before = waiting(*server_, 4);
    QSignalSpy issued(&kiosk, &KioskController::issued);

    // The server issues the ticket, every reply is lost (the kit's retries too): no number shows.
    proxy.dropTickets = true;
    QVERIFY(tap(*app, QStringLiteral("service-4")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Unreachable, 40000);
    QVERIFY(proxy.swallowed > 0);
    QCOMPARE(waiting(*server_, 4), before + 1);
    QCOMPARE(issued.count(), 0);
    QVERIFY(kiosk.number().isEmpty());

    // The network is back; the citizen taps the same service again: the same action, the same
    // key, so the server answers with that ticket instead of issuing a second one.
    proxy.dropTickets = false;
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, 15000);
    QVERIFY(tap(*app, QStringLiteral("service-4")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Confirmation, kTimeoutMs);
    QCOMPARE(issued.count(), 1);
    QCOMPARE(waiting(*server_, 4), before + 1);
  }

  void unreachableServer() {
    TestServer server;
    server.start();
    auto app =
        startKiosk(settings(server.enrollDevice(QStringLiteral("kiosk-2"), QStringLiteral("kiosk")), server.baseUrl()));
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, kTimeoutMs);
    QVERIFY(tap(*app, QStringLiteral("language-pl")));
    server.stop();
    QSignalSpy issued(&kiosk, &KioskController::issued);
    QVERIFY(tap(*app, QStringLiteral("service-1")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Unreachable, 15000);
    QCOMPARE(issued.count(), 0);  // never a number the server did not issue
    QVERIFY(kiosk.number().isEmpty());
    QVERIFY(shown(visibleItem(*app, QStringLiteral("unreachableText"))));
    screenshot(*app, QStringLiteral("pl-unreachable"));
    kiosk.chooseLanguage(QStringLiteral("de"));
    screenshot(*app, QStringLiteral("de-unreachable"));
    server.start();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Start, 15000);
  }

  void closedOffice_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("pl") << QStringLiteral("pl");
  }

  void closedOffice() {
    QFETCH(QString, language);
    // A branch that opens tomorrow (Berlin) and is closed all of today.
    static const char* const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).date();
    QFile demo(QStringLiteral(CIVIQ_DEMO_BRANCH_TOML));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QString toml = QString::fromUtf8(demo.readAll());
    toml.replace(QStringLiteral("always_open = true"),
                 QStringLiteral("%1 = [\"08:00-12:00\"]").arg(QLatin1String(days[today.dayOfWeek() % 7])));
    const QString config = dir_.filePath(QStringLiteral("closed-%1.toml").arg(language));
    QFile out(config);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(toml.toUtf8());
    out.close();
    const QString db = dir_.filePath(QStringLiteral("closed-%1.db").arg(language));
    QProcess admin;
    admin.start(qEnvironmentVariable("CIVIQ_ADMIN"),
                {QStringLiteral("--db"), db, QStringLiteral("device"), QStringLiteral("enroll"), QStringLiteral("k"),
                 QStringLiteral("--kind"), QStringLiteral("kiosk")});
    QVERIFY(admin.waitForFinished(30000) && admin.exitCode() == 0);
    const QString token = QString::fromUtf8(admin.readAllStandardOutput()).trimmed();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(qEnvironmentVariable("CIVIQ_SERVER"), {QStringLiteral("--config"), config, QStringLiteral("--listen"),
                                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), db});
    QVERIFY(server.waitForStarted());
    QString port;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
          const auto match = QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"))
                                 .match(QString::fromUtf8(server.peek(100000)));
          port = match.captured(1);
          return match.hasMatch();
        }(),
        30000);
    auto app = startKiosk(settings(token, QUrl(QStringLiteral("http://127.0.0.1:") + port)));
    QVERIFY(app);
    auto& kiosk = app->controller();
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), Screen::Closed, kTimeoutMs);
    // Nothing to tap but the language (not offered while closed: the default language shows).
    QVERIFY(!visibleItem(*app, QStringLiteral("service-1")));
    QVERIFY(!visibleItem(*app, QStringLiteral("language-de")));
    kiosk.chooseLanguage(language);
    QVERIFY(kiosk.opensNext().contains(QStringLiteral("08:00")));
    QVERIFY(shown(visibleItem(*app, QStringLiteral("closedText"))));
    screenshot(*app, language + QStringLiteral("-closed"));
    server.terminate();
    server.waitForFinished(10000);
  }
};

QTEST_MAIN(KioskServerTest)
#include "kiosk_server_test.moc"
