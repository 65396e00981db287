// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// CounterController against the real civiq-server: a clerk's shift at counter 1 of the Löbau demo
// branch through the controller alone (open, call next, recall after the cooldown, start, finish,
// park and call back, reactivate a no-show, close), a double click that calls one citizen, a citizen
// without a ticket served at the desk (walk-in), the
// counter of another clerk offering nothing, and a refusal of the server reaching the clerk in words.
#include <QSignalSpy>
#include <QTest>
#include <tuple>

#include "qtclient/counter_controller.hpp"
#include "test_server.hpp"

using namespace std::chrono_literals;
using civiq::domain::CounterId;
using civiq::domain::TicketId;
using civiq::qtclient::BranchApi;
using civiq::qtclient::BranchClient;
using civiq::qtclient::CounterController;
using civiq::qtclient::StaffFeed;
using civiq::qtclient::testing::signIn;
using civiq::qtclient::testing::TestClerk;
using civiq::qtclient::testing::TestServer;
using civiq::qtclient::testing::waitFor;
using Action = civiq::qtclient::CounterController::Action;
using State = civiq::qtclient::CounterController::State;
namespace protocol = civiq::protocol;

namespace {

constexpr int kLive = 5000;       // ms for a reply or frame: generous, the run is on 2 shared cores
constexpr int kCooldown = 15000;  // the demo branch's recall cooldown is 10 s

// Runs one action of the controller and waits for its outcome; true when the server carried it out.
bool act(CounterController& counter, const std::function<void()>& action) {
  QSignalSpy succeeded(&counter, &CounterController::actionSucceeded);
  QSignalSpy failed(&counter, &CounterController::actionFailed);
  action();
  if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, kLive)) return false;
  return succeeded.count() == 1;
}

// Counter 1 of a running server with its clerk signed in and her feed synchronized, and a kiosk
// that draws the tickets.
class Desk {
 public:
  explicit Desk(TestServer& server)
      : kiosk_(server), client_(server.baseUrl()), api_(client_), feed_(client_),
        counter_(api_, feed_, CounterId{1}, QStringLiteral("clerk")) {}

  bool signedInAndSynchronized() {
    if (!kiosk_.signIn() || !signIn(client_, QStringLiteral("clerk"), QStringLiteral("clerk-test-pass"))) return false;
    QSignalSpy synchronized(&feed_, &StaffFeed::synchronized);
    feed_.start();
    return synchronized.wait(kLive);
  }
  // The kiosk, the clerk's feed and her counter.
  std::tuple<TestClerk&, StaffFeed&, CounterController&> parts() { return {kiosk_, feed_, counter_}; }

 private:
  TestClerk kiosk_;
  BranchClient client_;
  BranchApi api_;
  StaffFeed feed_;
  CounterController counter_;
};

}  // namespace

class CounterControllerServerTest : public QObject {
  Q_OBJECT

 private slots:
  void aShiftAtOneCounter() {
    TestServer server;
    server.start();
    Desk desk(server);
    QVERIFY(desk.signedInAndSynchronized());
    auto [kiosk, feed, counter] = desk.parts();
    QCOMPARE(counter.state(), State::Closed);
    QCOMPARE(counter.counterName(), QStringLiteral("Schalter 1"));
    QVERIFY(counter.can(Action::Open));
    QVERIFY(!counter.can(Action::CallNext));

    QVERIFY(act(counter, [&] { counter.open(); }));
    QCOMPARE(counter.state(), State::Idle);
    QSignalSpy nobody(&counter, &CounterController::nobodyWaiting);
    QVERIFY(act(counter, [&] { counter.callNext(); }));
    QCOMPARE(nobody.count(), 1);
    QCOMPARE(counter.state(), State::Idle);

    QString first, second;
    QVERIFY(kiosk.issue(1, &first));
    QVERIFY(kiosk.issue(1, &second));

    // A double click on "call next": one citizen called, the other still waits.
    QVERIFY(act(counter, [&] {
      counter.callNext();
      counter.callNext();
    }));
    QCOMPARE(counter.state(), State::Called);
    QCOMPARE(counter.ticketNumber(), first);
    QTRY_COMPARE_WITH_TIMEOUT(feed.queue()->rowCount(), 1, kLive);
    QCOMPARE(feed.queue()->rows().front().number, second.toStdString());

    // The recall waits for the cooldown the server names, counted down here.
    QVERIFY(counter.recallInSeconds() > 0);
    QVERIFY(!counter.can(Action::Recall));
    QTRY_VERIFY_WITH_TIMEOUT(counter.can(Action::Recall), kCooldown);
    QVERIFY(act(counter, [&] { counter.recall(); }));
    QVERIFY(counter.recallInSeconds() > 0);  // a new cooldown

    QVERIFY(act(counter, [&] { counter.start(); }));
    QCOMPARE(counter.state(), State::Serving);
    QVERIFY(!counter.can(Action::NoShow));
    QVERIFY(act(counter, [&] { counter.finish(); }));
    QCOMPARE(counter.state(), State::Idle);

    // Park the second citizen and call them back from the list.
    QVERIFY(act(counter, [&] { counter.callNext(); }));
    QCOMPARE(counter.ticketNumber(), second);
    const TicketId parked{counter.ticketId()};
    QVERIFY(act(counter, [&] { counter.park(); }));
    QCOMPARE(counter.state(), State::Idle);
    QTRY_COMPARE_WITH_TIMEOUT(feed.ticket(parked) ? feed.ticket(parked)->status : std::string(), std::string("parked"),
                              kLive);
    QVERIFY(act(counter, [&] { counter.callTicket(parked); }));
    QCOMPARE(counter.ticketNumber(), second);

    // A no-show comes back into the queue when the citizen turns up after all.
    QVERIFY(act(counter, [&] { counter.noShow(); }));
    QVERIFY(act(counter, [&] { counter.reactivate(parked); }));
    QTRY_COMPARE_WITH_TIMEOUT(feed.ticket(parked) ? feed.ticket(parked)->status : std::string(), std::string("waiting"),
                              kLive);
    QVERIFY(act(counter, [&] { counter.callNext(); }));
    QVERIFY(act(counter, [&] { counter.finish(); }));
    QVERIFY(act(counter, [&] { counter.close(); }));
    QCOMPARE(counter.state(), State::Closed);
  }

  void aCitizenWithoutATicketIsCalledAtTheDeskAndNobodyElse() {
    TestServer server;
    server.start();
    Desk desk(server);
    QVERIFY(desk.signedInAndSynchronized());
    auto [kiosk, feed, counter] = desk.parts();
    QVERIFY(!counter.can(Action::WalkIn));  // a closed counter serves nobody
    QVERIFY(act(counter, [&] { counter.open(); }));
    QString waiting;
    QVERIFY(kiosk.issue(1, &waiting));

    // A double press: one ticket drawn for the walk-in and called here; the waiting citizen stays.
    QVERIFY(counter.can(Action::WalkIn));
    QVERIFY(act(counter, [&] {
      counter.walkIn(civiq::domain::ServiceId{1});
      counter.walkIn(civiq::domain::ServiceId{1});
    }));
    QCOMPARE(counter.state(), State::Called);
    QVERIFY(counter.ticketNumber() != waiting);
    QVERIFY(counter.ticketNumber().startsWith(waiting.left(1)));  // a ticket of the service chosen
    QTRY_COMPARE_WITH_TIMEOUT(feed.queue()->rowCount(), 1, kLive);
    QCOMPARE(feed.queue()->rows().front().number, waiting.toStdString());
    QString next;
    QVERIFY(kiosk.issue(1, &next));  // numbers go on after the walk-in's: it drew exactly one
    QCOMPARE(next.mid(1).toInt(), counter.ticketNumber().mid(1).toInt() + 1);
    QVERIFY(act(counter, [&] { counter.start(); }));
    QVERIFY(act(counter, [&] { counter.finish(); }));
    QCOMPARE(counter.state(), State::Idle);
  }

  void anotherClerksCounterAndARefusalInWords() {
    TestServer server;
    server.start();
    TestClerk colleague(server);  // user "clerk", at counter 2
    QVERIFY(colleague.signIn());
    QVERIFY(colleague.counter(2, QStringLiteral("open")));
    server.addUser(QStringLiteral("meier"), QStringLiteral("clerk"), QStringLiteral("meier-test-pass"));
    BranchClient client(server.baseUrl());
    QVERIFY(signIn(client, QStringLiteral("meier"), QStringLiteral("meier-test-pass")));
    BranchApi api(client);
    StaffFeed feed(client);
    CounterController atTwo(api, feed, CounterId{2}, QStringLiteral("meier"));
    CounterController atThree(api, feed, CounterId{3}, QStringLiteral("meier"));
    QSignalSpy synchronized(&feed, &StaffFeed::synchronized);
    feed.start();
    QVERIFY(synchronized.wait(kLive));
    QCOMPARE(atTwo.state(), State::Occupied);
    QCOMPARE(atTwo.occupiedBy(), QStringLiteral("clerk"));
    QVERIFY(!atTwo.can(Action::Open));

    // The controller believes counter 3 is its own and open (a view the server never sent), so the
    // server is the judge: it refuses, and the clerk reads why.
    auto believed = *atThree.view();
    believed.open = true;
    believed.clerk = "meier";
    QVERIFY(atThree.applyView(believed, feed.lastSeq("counters") + 1));
    QSignalSpy failed(&atThree, &CounterController::actionFailed);
    atThree.callNext();
    QVERIFY(failed.wait(kLive));
    QCOMPARE(failed.first().at(0).value<Action>(), Action::CallNext);
    QCOMPARE(failed.first().at(1).value<protocol::ErrorCode>(), protocol::ErrorCode::CounterClosed);
    QVERIFY(atThree.lastError().contains(QStringLiteral("closed")));
  }
};

QTEST_GUILESS_MAIN(CounterControllerServerTest)
#include "counter_controller_server_test.moc"
