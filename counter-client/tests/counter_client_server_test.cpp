// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The counter client's real widgets (offscreen) against the real civiq-server, driven by the
// keyboard as a clerk would: sign in (the counter opens), call next (F2), start (F4), finish (F5),
// park (F7) and call back from the list (Enter), no-show (F6) and reactivate (Enter), transfer (F8)
// to another service; the connection lost and back (banner, actions off); the emergency alarm by
// key (seen and heard within a second, acknowledged by key); a wrong password; the
// counter of another clerk. Screenshots of the key states go to $CIVIQ_SCREENSHOT_DIR
// (docs/counter-client.md shows them). Also a break (F12, a reason) and the staffing question, a
// visit of two services (F5, then Shift+F5: not served) and a transfer note read at the next counter.
#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "choice_dialog.hpp"
#include "counter_app.hpp"
#include "counter_test_support.hpp"
#include "test_server.hpp"
#include "transfer_dialog.hpp"

using namespace std::chrono_literals;
using civiq::counter::CounterApp;
using civiq::counter::CounterSettings;
using civiq::counter::testing::screenshot;
using civiq::counter::testing::settingsFor;
using civiq::counter::testing::signIn;
using civiq::counter::TransferDialog;
using civiq::qtclient::testing::fastStreamOptions;
using civiq::qtclient::testing::TestClerk;
using civiq::qtclient::testing::TestServer;
using State = civiq::qtclient::CounterController::State;
using Action = civiq::qtclient::CounterController::Action;

namespace {

constexpr int kLive = 5000;  // ms: generous, the run is on 2 shared cores

void press(CounterApp& app, Qt::Key key) {
  QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : app.window();
  QTest::keyClick(focus, key);
}

// Runs `act` on the next modal dialog of type T once it is up (the clerk's hand on the dialog). The
// dialog may come only after a reply from the server, so its appearance is polled, not assumed.
template <class T>
void whenModal(std::function<void(T*)> act) {
  auto* poll = new QTimer;
  poll->setInterval(10);
  QObject::connect(poll, &QTimer::timeout, [poll, act = std::move(act)] {
    auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
    if (!dialog) return;
    poll->stop();
    poll->deleteLater();
    act(dialog);
  });
  poll->start();
}

// The clerk "meier" (added here) signs in with `app`, the desk opens, and the 1280×720 window has
// the focus; whether all of that came about.
bool takeTheDeskAsMeier(TestServer& server, CounterApp& app) {
  server.addUser(QStringLiteral("meier"), QStringLiteral("clerk"), QStringLiteral("meier-test-pass"));
  app.start();
  signIn(app, QStringLiteral("meier"), QStringLiteral("meier-test-pass"));
  if (!QTest::qWaitFor([&] { return app.window() && app.counter()->state() == State::Idle; }, kLive)) return false;
  app.window()->resize(1280, 720);
  app.window()->activateWindow();
  return QTest::qWaitForWindowActive(app.window());
}

int rowOf(QTableView* view, const QString& number) {
  for (int row = 0; row < view->model()->rowCount(); ++row)
    if (view->model()->index(row, 0).data().toString() == number) return row;
  return -1;
}

}  // namespace

class CounterClientServerTest : public QObject {
  Q_OBJECT

  QTemporaryDir config_;  // the machine's remembered counter goes here, not into the user's home

 private slots:
  void initTestCase() { qputenv("XDG_CONFIG_HOME", config_.path().toUtf8()); }

  void aShiftByKeyboard() {
    TestServer server;
    server.start();
    TestClerk kiosk(server);  // user "clerk": draws the tickets for the citizens
    QVERIFY(kiosk.signIn());
    CounterApp app(settingsFor(server, 1), fastStreamOptions());
    app.start();
    QVERIFY(app.signInDialog()->isVisible());
    screenshot(app.signInDialog(), QStringLiteral("sign-in"));
    signIn(app, QStringLiteral("clerk"), QStringLiteral("clerk-test-pass"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window() && app.window()->isVisible(), kLive);
    auto* window = app.window();
    window->resize(1280, 720);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto* counter = app.counter();
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Idle, kLive);  // signing in opened the desk
    QVERIFY(!app.signInDialog()->isVisible());

    QString first, second;
    QVERIFY(kiosk.issue(1, &first));
    QVERIFY(kiosk.issue(1, &second));
    auto* lists = window->queuePanel();
    QTRY_COMPARE_WITH_TIMEOUT(lists->waitingCount(), 2, kLive);
    // Each waiting citizen with the wait the office estimates for them.
    const QAbstractItemModel* waiting = lists->waitingView()->model();
    QCOMPARE(waiting->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Noch etwa"));
    QTRY_VERIFY_WITH_TIMEOUT(!waiting->index(1, 3).data().toString().isEmpty(), kLive);
    screenshot(window, QStringLiteral("idle"));

    press(app, Qt::Key_F2);  // call next
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Called, kLive);
    QCOMPARE(window->ticketPanel()->numberText(), first);
    QVERIFY(window->ticketPanel()->recallText().contains(QStringLiteral("Erneut aufrufen in")));
    QVERIFY(!window->actionBar()->button(Action::Recall)->isEnabled());  // cooling down
    screenshot(window, QStringLiteral("called"));

    press(app, Qt::Key_F4);  // start
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Serving, kLive);
    QCOMPARE(window->ticketPanel()->stateText(), QStringLiteral("In Bedienung"));
    QVERIFY(!window->actionBar()->button(Action::NoShow)->isEnabled());
    screenshot(window, QStringLiteral("serving"));
    press(app, Qt::Key_F5);  // finish
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Idle, kLive);

    // Park the second citizen, then call them back from the list with Enter.
    press(app, Qt::Key_F2);
    QTRY_COMPARE_WITH_TIMEOUT(window->ticketPanel()->numberText(), second, kLive);
    press(app, Qt::Key_F7);  // park
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Idle, kLive);
    QTableView* setAside = lists->setAsideView();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(setAside, second) >= 0, kLive);
    lists->setCurrentWidget(setAside);
    setAside->setFocus();
    setAside->setCurrentIndex(setAside->model()->index(rowOf(setAside, second), 0));
    screenshot(window, QStringLiteral("parked"));
    QTest::keyClick(setAside, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Called, kLive);
    QCOMPARE(window->ticketPanel()->numberText(), second);
    QCOMPARE(QApplication::focusWidget(), setAside);  // the focus stays where the clerk left it

    // Not there: no-show; they turn up after all: Enter on the no-show puts them back in line.
    press(app, Qt::Key_F6);
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Idle, kLive);
    QTRY_COMPARE_WITH_TIMEOUT(setAside->model()->index(qMax(0, rowOf(setAside, second)), 1).data().toString(),
                              QStringLiteral("nicht erschienen"), kLive);
    setAside->setCurrentIndex(setAside->model()->index(rowOf(setAside, second), 0));
    QTest::keyClick(setAside, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(lists->waitingCount(), 1, kLive);

    // Transfer (F8) to the next service in the dialog's list, chosen with arrow and Enter.
    press(app, Qt::Key_F2);
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Called, kLive);
    const civiq::domain::TicketId moved{counter->ticketId()};
    int chosenService = 0;
    QTimer::singleShot(0, this, [&] {
      auto* dialog = qobject_cast<TransferDialog*>(QApplication::activeModalWidget());
      if (!dialog) return;
      dialog->resize(480, 360);
      QTest::keyClick(dialog->serviceList(), Qt::Key_Down);
      chosenService = dialog->serviceList()->currentItem()->data(Qt::UserRole).toInt();
      QTest::keyClick(dialog->serviceList(), Qt::Key_Return);
    });
    press(app, Qt::Key_F8);
    QVERIFY(chosenService > 1);  // the dialog was there and the arrow chose the second service
    QTRY_COMPARE_WITH_TIMEOUT(counter->state(), State::Idle, kLive);
    QTRY_COMPARE_WITH_TIMEOUT(app.feed().ticket(moved) ? app.feed().ticket(moved)->service_id.value : 0, chosenService,
                              kLive);
    QCOMPARE(app.feed().ticket(moved)->status, std::string("waiting"));

    // The server goes away: a banner, no actions; it comes back: the banner goes, actions return.
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), kLive);
    QVERIFY(!window->actionBar()->isEnabled());
    screenshot(window, QStringLiteral("offline"));
    server.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window->banner()->isVisible(), 10000);
    QVERIFY(window->actionBar()->isEnabled());
    QCOMPARE(counter->state(), State::Idle);
  }

  void aVisitOfTwoServicesAndATransferNoteForTheNextClerk() {
    TestServer server;
    server.start();
    TestClerk kiosk(server);
    QVERIFY(kiosk.signIn());
    CounterApp app(settingsFor(server, 1), fastStreamOptions());  // Schalter 1: services 1 and 2
    QVERIFY(takeTheDeskAsMeier(server, app));
    auto* window = app.window();
    auto* panel = window->ticketPanel();

    // Both services at this desk: F5 finishes the first, the citizen stays for the second; Shift+F5
    // records that the second could not be done.
    QString visit;
    QVERIFY(kiosk.issueVisit({1, 2}, &visit));
    QTRY_VERIFY_WITH_TIMEOUT(app.counter()->can(Action::CallNext), kLive);
    press(app, Qt::Key_F2);
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::Called, kLive);
    press(app, Qt::Key_F4);
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::Serving, kLive);
    QVERIFY(panel->serviceText().contains(QStringLiteral("Dienst 1 von 2 · danach: ")));
    press(app, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(panel->serviceText().contains(QStringLiteral("Dienst 2 von 2")), kLive);
    QCOMPARE(app.counter()->state(), State::Serving);
    QCOMPARE(panel->numberText(), visit);
    screenshot(window, QStringLiteral("visit"));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_F5, Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::Idle, kLive);

    // F8, Schalter 2, a note, Enter: the ticket waits for counter 2 with the note.
    QString sent;
    QVERIFY(kiosk.issue(1, &sent));
    QTRY_VERIFY_WITH_TIMEOUT(app.counter()->can(Action::CallNext), kLive);
    press(app, Qt::Key_F2);
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::Called, kLive);
    const QString note = QStringLiteral("Vollmacht liegt vor, Ausweis gesehen");  // keyClicks types ASCII only
    whenModal<TransferDialog>([&](TransferDialog* dialog) {
      dialog->resize(480, 360);
      dialog->counterChoice()->setCurrentIndex(dialog->counterChoice()->findText(QStringLiteral("Schalter 2")));
      dialog->noteField()->setFocus();
      QTest::keyClicks(dialog->noteField(), note);
      screenshot(dialog, QStringLiteral("transfer"));
      QTest::keyClick(dialog->noteField(), Qt::Key_Return);
    });
    press(app, Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::Idle, kLive);

    // The clerk at Schalter 2 sees the note in the waiting list and, once called, on the ticket.
    CounterApp next(settingsFor(server, 2), fastStreamOptions());
    next.start();
    signIn(next, QStringLiteral("clerk"), QStringLiteral("clerk-test-pass"));
    QTRY_VERIFY_WITH_TIMEOUT(next.window() && next.counter()->state() == State::Idle, kLive);
    next.window()->resize(1280, 720);
    next.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(next.window()));
    QTableView* waiting = next.window()->queuePanel()->waitingView();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(waiting, sent) >= 0, kLive);
    const int noteColumn = waiting->model()->columnCount() - 1;
    QCOMPARE(waiting->model()->headerData(noteColumn, Qt::Horizontal).toString(), QStringLiteral("Notiz"));
    QCOMPARE(waiting->model()->index(rowOf(waiting, sent), noteColumn).data().toString(), note);
    press(next, Qt::Key_F2);
    QTRY_COMPARE_WITH_TIMEOUT(next.window()->ticketPanel()->numberText(), sent, kLive);
    QCOMPARE(next.window()->ticketPanel()->noteText(), QStringLiteral("Notiz: ") + note);
    screenshot(next.window(), QStringLiteral("transfer-note"));
  }

  void anEndedSessionAsksForThePasswordAndKeepsTheTicket() {
    TestServer server;
    server.start();
    TestClerk kiosk(server);
    QVERIFY(kiosk.signIn());
    server.addUser(QStringLiteral("meier"), QStringLiteral("clerk"), QStringLiteral("meier-test-pass"));
    CounterApp app(settingsFor(server, 3), fastStreamOptions());
    app.start();
    signIn(app, QStringLiteral("meier"), QStringLiteral("meier-test-pass"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window() && app.counter()->state() == State::Idle, kLive);
    QString number;
    QVERIFY(kiosk.issue(2, &number));  // Fahrerlaubnis: served at Schalter 3
    QTRY_VERIFY_WITH_TIMEOUT(app.counter()->can(Action::CallNext), kLive);
    app.counter()->callNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->ticketNumber(), number, kLive);

    // An admin ends the clerk's sessions; the next action is refused and the dialog asks for the
    // password alone, while the window keeps the counter and its ticket.
    server.resetPassword(QStringLiteral("meier"), QStringLiteral("meier-new-pass"));
    app.counter()->start();
    QTRY_VERIFY_WITH_TIMEOUT(app.signInDialog()->isVisible(), kLive);
    QVERIFY(app.signInDialog()->messageLabel()->text().contains(QStringLiteral("erneut anmelden")));
    QVERIFY(!app.signInDialog()->userField()->isEnabled());
    QVERIFY(app.window()->isVisible());
    QCOMPARE(app.window()->ticketPanel()->numberText(), number);

    QTest::keyClicks(app.signInDialog()->passwordField(), QStringLiteral("meier-new-pass"));
    QTest::keyClick(app.signInDialog()->passwordField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!app.signInDialog()->isVisible(), kLive);
    QTRY_VERIFY_WITH_TIMEOUT(app.counter()->can(Action::Start), kLive);
    app.counter()->start();
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::Serving, kLive);
    QCOMPARE(app.window()->ticketPanel()->numberText(), number);
  }

  void seesAKioskRunOutOfPaperAndRecover() {
    TestServer server;
    server.start();
    const QString kioskToken = server.enrollDevice(QStringLiteral("Kiosk Eingang"), QStringLiteral("kiosk"));
    (void)server.enrollDevice(QStringLiteral("Anzeige Flur"), QStringLiteral("display"));
    TestClerk clerk(server);
    QVERIFY(clerk.signIn());
    CounterApp app(settingsFor(server, 1), fastStreamOptions());
    app.start();
    signIn(app, QStringLiteral("clerk"), QStringLiteral("clerk-test-pass"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window() && app.window()->isVisible(), kLive);
    auto* window = app.window();
    window->resize(1280, 720);
    auto* lists = window->queuePanel();
    const int tab = lists->indexOf(lists->devicesView());
    QTRY_COMPARE_WITH_TIMEOUT(lists->devicesView()->model()->rowCount(), 2, kLive);
    QCOMPARE(lists->tabText(tab), QStringLiteral("Ge&räte"));
    QVERIFY(window->deviceAlert()->isHidden());

    auto report = [&](bool paperLow) {
      return civiq::qtclient::testing::reportDeviceStatus(
          server, kioskToken,
          {"1.4.0", 60, civiq::protocol::PrinterStatus{"idle", true, {}, paperLow, paperLow ? 25 : 640}, {}});
    };
    QVERIFY(report(true));
    QTRY_COMPARE_WITH_TIMEOUT(window->deviceAlert()->text(), QStringLiteral("⚠ Kiosk Eingang: Papier fast leer"), kLive);
    QVERIFY(window->deviceAlert()->isVisible());
    QCOMPARE(lists->tabText(tab), QStringLiteral("Ge&räte (1 ⚠)"));
    lists->setCurrentIndex(tab);
    const int row = rowOf(lists->devicesView(), QStringLiteral("Kiosk Eingang"));
    QVERIFY(row >= 0);
    QCOMPARE(lists->devicesView()->model()->index(row, 1).data().toString(), QStringLiteral("bitte nachsehen"));
    QCOMPARE(lists->devicesView()->model()->index(row, 3).data().toString(), QStringLiteral("≈ 25 Tickets"));
    screenshot(window, QStringLiteral("devices"));

    QVERIFY(report(false));  // a new roll
    QTRY_VERIFY_WITH_TIMEOUT(window->deviceAlert()->isHidden(), kLive);
    QCOMPARE(lists->tabText(tab), QStringLiteral("Ge&räte"));
  }

  void anAlarmIsSeenAndHeardWithinASecondAndAcknowledgedByKey() {
    TestServer server;
    server.start();
    TestClerk colleague(server);  // user "clerk", at counter 2
    QVERIFY(colleague.signIn());
    CounterApp app(settingsFor(server, 1), fastStreamOptions());
    QVERIFY(takeTheDeskAsMeier(server, app));
    auto* window = app.window();
    auto* banner = window->alarmBanner();
    QVERIFY(banner->isHidden());

    // A colleague at counter 2 calls for help: seen and heard here within a second.
    QElapsedTimer sinceRaised;
    sinceRaised.start();
    QVERIFY(colleague.counter(2, QStringLiteral("alarm")));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 1000);
    qInfo("alarm shown %lld ms after the colleague's request", static_cast<long long>(sinceRaised.elapsed()));
    QVERIFY(banner->text()->text().contains(QStringLiteral("NOTRUF: Schalter 2 braucht Hilfe – ausgelöst von clerk")));
    QTRY_VERIFY_WITH_TIMEOUT(banner->soundPlaying(), kLive);  // the tone loads, then loops
    screenshot(window, QStringLiteral("alarm"));

    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);  // "I am coming"
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), kLive);
    QVERIFY(!banner->soundPlaying());
    QVERIFY(!colleague.counterView(2)->alarm_since);

    // This clerk presses the alarm key: the server has it, colleagues are told; here it stays silent.
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLive);
    QVERIFY(banner->text()->text().contains(QStringLiteral("Notruf an diesem Schalter ausgelöst")));
    const auto here = colleague.counterView(1);
    QVERIFY(here && here->alarm_since);
    QCOMPARE(here->alarm_raised_by.value_or(""), std::string("meier"));
    QVERIFY(!banner->soundPlaying());
  }

  void takesABreakWithAReasonAndConfirmsLeavingCitizensAlone() {
    TestServer server;
    server.start();
    TestClerk kiosk(server);
    QVERIFY(kiosk.signIn());
    CounterApp app(settingsFor(server, 4), fastStreamOptions());  // Schalter 4: services 3 and 4 (and the closed 6)
    QVERIFY(takeTheDeskAsMeier(server, app));
    auto* window = app.window();
    auto* pause = window->actionBar()->button(Action::StartBreak);
    QVERIFY(pause->text().contains(QStringLiteral("Pause …")));

    // F12, the second reason, Enter: on a lunch break.
    whenModal<civiq::counter::ChoiceDialog>([](civiq::counter::ChoiceDialog* dialog) {
      QCOMPARE(dialog->list()->item(1)->text(), QStringLiteral("Mittagspause"));
      dialog->list()->setCurrentRow(1);
      QTest::keyClick(dialog->list(), Qt::Key_Return);
    });
    press(app, Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::OnBreak, kLive);
    QCOMPARE(window->ticketPanel()->stateText(), QStringLiteral("Pause – ruft niemanden auf"));
    QTRY_VERIFY_WITH_TIMEOUT(window->ticketPanel()->detailsText().startsWith(QStringLiteral("Mittagspause · seit ")),
                             kLive);
    QVERIFY(pause->text().contains(QStringLiteral("Pause beenden")));
    QVERIFY(!window->actionBar()->button(Action::CallNext)->isEnabled());
    screenshot(window, QStringLiteral("break"));
    window->activateWindow();  // the offscreen platform does not give it back after the dialog
    QVERIFY(QTest::qWaitForWindowActive(window));
    press(app, Qt::Key_F12);  // back
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::Idle, kLive);

    // A citizen waits whom only this counter calls: the break needs the clerk's yes.
    QVERIFY(kiosk.issue(3));
    QTRY_VERIFY_WITH_TIMEOUT(app.counter()->can(Action::CallNext), kLive);
    whenModal<civiq::counter::ChoiceDialog>([](civiq::counter::ChoiceDialog* dialog) { dialog->accept(); });
    bool asked = false;
    whenModal<QMessageBox>([&asked](QMessageBox* box) {
      asked = true;
      box->button(QMessageBox::Yes)->click();
    });
    press(app, Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::OnBreak, kLive);
    QVERIFY(asked);
    QCOMPARE(app.counter()->view()->break_reason.value_or(""), std::string("break"));
  }

  void speaksEnglishWhenConfigured() {
    CounterSettings settings;
    settings.device.language = QStringLiteral("en");
    CounterApp app(settings);
    QCOMPARE(app.signInDialog()->signInButton()->text(), QStringLiteral("&Sign in"));
    QCOMPARE(app.signInDialog()->windowTitle(), QStringLiteral("civiq – counter sign-in"));
  }

  void speaksPolishAndCzechWhenConfigured_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("signIn");
    QTest::addColumn<QString>("title");
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("&Zaloguj")
                        << QStringLiteral("civiq – logowanie na stanowisku");
    QTest::newRow("cs") << QStringLiteral("cs") << QStringLiteral("&Přihlásit")
                        << QStringLiteral("civiq – přihlášení u přepážky");
  }

  void speaksPolishAndCzechWhenConfigured() {
    QFETCH(QString, language);
    QFETCH(QString, signIn);
    QFETCH(QString, title);
    CounterSettings settings;
    settings.device.language = language;
    CounterApp app(settings);
    QCOMPARE(app.signInDialog()->signInButton()->text(), signIn);
    QCOMPARE(app.signInDialog()->windowTitle(), title);
  }

  void aWrongPasswordAndAnotherClerksCounter() {
    TestServer server;
    server.start();
    TestClerk colleague(server);  // user "clerk", working at counter 2
    QVERIFY(colleague.signIn());
    QVERIFY(colleague.counter(2, QStringLiteral("open")));
    server.addUser(QStringLiteral("meier"), QStringLiteral("clerk"), QStringLiteral("meier-test-pass"));

    CounterApp app(settingsFor(server, 2), fastStreamOptions());
    app.start();
    signIn(app, QStringLiteral("meier"), QStringLiteral("wrong"));
    QTRY_VERIFY_WITH_TIMEOUT(app.signInDialog()->messageLabel()->text().contains(QStringLiteral("fehlgeschlagen")),
                             kLive);
    QVERIFY(app.signInDialog()->signInButton()->isEnabled());  // the clerk can try again
    QVERIFY(!app.window());

    signIn(app, QStringLiteral("meier"), QStringLiteral("meier-test-pass"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window() && app.window()->isVisible(), kLive);
    QTRY_COMPARE_WITH_TIMEOUT(app.counter()->state(), State::Occupied, kLive);
    QVERIFY(app.window()->ticketPanel()->stateText().contains(QStringLiteral("clerk")));
    for (Action action : {Action::Open, Action::CallNext, Action::Close})
      QVERIFY(!app.window()->actionBar()->button(action)->isEnabled());
  }
};

QTEST_MAIN(CounterClientServerTest)
#include "counter_client_server_test.moc"
