// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// CallsFeed against the real civiq-server: snapshot on connect, calls live within a second, the
// connection state through a server crash, and the resync after its restart.
#include <QSignalSpy>
#include <QTest>

#include "qtclient/calls_feed.hpp"
#include "test_server.hpp"

using namespace std::chrono_literals;
using civiq::qtclient::CallsFeed;
using civiq::qtclient::ConnectionState;
using civiq::qtclient::RecentCallsModel;
using civiq::qtclient::testing::fastStreamOptions;
using civiq::qtclient::testing::TestClerk;
using civiq::qtclient::testing::TestServer;

namespace {

QString topNumber(CallsFeed& feed) {
  auto* model = feed.recentCalls();
  return model->rowCount() ? model->data(model->index(0), RecentCallsModel::NumberRole).toString() : QString();
}

}  // namespace

class CallsFeedServerTest : public QObject {
  Q_OBJECT

 private slots:
  void followsTheOfficeThroughACrash() {
    TestServer server;
    server.start();
    civiq::qtclient::BranchClient client(server.baseUrl());
    CallsFeed feed(client, QStringLiteral("de"), {}, 8, fastStreamOptions());
    QSignalSpy synchronized(&feed, &CallsFeed::synchronized);
    QSignalSpy called(&feed, &CallsFeed::called);
    feed.start();
    QVERIFY(synchronized.wait(5000));
    QCOMPARE(feed.stream()->state(), ConnectionState::Connected);
    QTRY_COMPARE_WITH_TIMEOUT(feed.serviceLoads()->rowCount(), 6, 5000);  // the Löbau demo's services
    QCOMPARE(feed.recentCalls()->rowCount(), 0);

    TestClerk clerk(server);
    QVERIFY(clerk.signIn());
    QString number;
    QVERIFY(clerk.issue(1, &number));
    QCOMPARE(number, QStringLiteral("A001"));
    QVERIFY(clerk.issue(1));
    QTRY_COMPARE_WITH_TIMEOUT(feed.serviceLoads()->totalWaiting(), 2, 1000);
    QVERIFY(clerk.counter(1, QStringLiteral("open")));
    QVERIFY(clerk.counter(1, QStringLiteral("call-next")));
    QTRY_COMPARE_WITH_TIMEOUT(called.count(), 1, 1000);  // live within a second
    QCOMPARE(topNumber(feed), QStringLiteral("A001"));
    QCOMPARE(feed.recentCalls()->data(feed.recentCalls()->index(0), RecentCallsModel::CounterRole).toString(),
             QStringLiteral("Schalter 1"));
    QTRY_COMPARE_WITH_TIMEOUT(feed.serviceLoads()->totalWaiting(), 1, 1000);

    // The server crashes: reconnecting at once, "offline since" after the tolerance.
    server.kill();
    QTRY_COMPARE_WITH_TIMEOUT(feed.stream()->state(), ConnectionState::Reconnecting, 3000);
    QVERIFY(feed.stream()->disconnectedSince().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(feed.stream()->state(), ConnectionState::Offline, 5000);
    QCOMPARE(topNumber(feed), QStringLiteral("A001"));  // kept, the app marks it as not current

    // Back on the same port: a fresh snapshot, and the call made around the reconnect shows up
    // (through the snapshot or as an event, whichever comes first), nothing twice.
    synchronized.clear();
    server.start();
    QString error;
    QVERIFY2(clerk.counter(1, QStringLiteral("finish"), &error), qPrintable(error));
    QVERIFY2(clerk.counter(1, QStringLiteral("call-next"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(feed.stream()->state(), ConnectionState::Connected, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(synchronized.count() >= 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(topNumber(feed), QStringLiteral("A002"), 2000);
    QCOMPARE(feed.recentCalls()->rowCount(), 2);
    // The loads come in a frame of their own, after the call's (or in the snapshot).
    QTRY_COMPARE_WITH_TIMEOUT(feed.serviceLoads()->totalWaiting(), 0, 2000);
    QVERIFY(!feed.stream()->disconnectedSince().isValid());
  }

  void aFilterKeepsOnlyItsCountersAndServices() {
    TestServer server;
    server.start();
    civiq::qtclient::BranchClient client(server.baseUrl());
    CallsFeed floor(client, QStringLiteral("en"), {{2}, {}}, 8, fastStreamOptions());  // counter 2 only
    QSignalSpy synchronized(&floor, &CallsFeed::synchronized);
    QSignalSpy called(&floor, &CallsFeed::called);
    floor.start();
    QVERIFY(synchronized.wait(5000));

    TestClerk clerk(server);
    QVERIFY(clerk.signIn());
    QVERIFY(clerk.issue(1));
    QVERIFY(clerk.issue(1));
    QVERIFY(clerk.counter(1, QStringLiteral("open")));
    QVERIFY(clerk.counter(2, QStringLiteral("open")));
    QVERIFY(clerk.counter(1, QStringLiteral("call-next")));  // A001 at counter 1: not for this screen
    QVERIFY(clerk.counter(2, QStringLiteral("call-next")));  // A002 at counter 2
    QTRY_COMPARE_WITH_TIMEOUT(called.count(), 1, 1000);
    QCOMPARE(topNumber(floor), QStringLiteral("A002"));
    QCOMPARE(floor.recentCalls()->rowCount(), 1);
    // The service list is in the feed's language.
    QTRY_VERIFY_WITH_TIMEOUT(floor.serviceLoads()->rowCount() > 0, 2000);
    QCOMPARE(floor.serviceLoads()
                 ->data(floor.serviceLoads()->index(0), civiq::qtclient::ServiceLoadModel::NameRole)
                 .toString(),
             QStringLiteral("Vehicle registration"));
  }
};

QTEST_GUILESS_MAIN(CallsFeedServerTest)
#include "calls_feed_server_test.moc"
