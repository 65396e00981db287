// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// StaffFeed against the real civiq-server: the queue, counters and appointments models follow the
// office (a ticket waits, is called to a counter, parked there; an appointment is imported and
// checked in), and after a server restart they resynchronize with what the server says. DeviceFeed
// follows the kiosks' and displays' health.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "protocol/json_codec.hpp"
#include "protocol/routes.hpp"
#include "qtclient/device_feed.hpp"
#include "qtclient/queue_filter_model.hpp"
#include "qtclient/recent_calls_model.hpp"  // toDateTime
#include "qtclient/staff_feed.hpp"
#include "test_server.hpp"

using namespace std::chrono_literals;
using civiq::domain::CounterId;
using civiq::domain::TicketId;
using civiq::qtclient::BranchClient;
using civiq::qtclient::ConnectionState;
using civiq::qtclient::CountersModel;
using civiq::qtclient::DeviceFeed;
using civiq::qtclient::DeviceHealthModel;
using civiq::qtclient::QueueFilterModel;
using civiq::qtclient::QueueModel;
using civiq::qtclient::StaffFeed;
using civiq::qtclient::testing::fastStreamOptions;
using civiq::qtclient::testing::signIn;
using civiq::qtclient::testing::TestClerk;
using civiq::qtclient::testing::TestServer;
using civiq::qtclient::testing::waitFor;
namespace protocol = civiq::protocol;
namespace route = civiq::protocol::route;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
constexpr int kLive = 5000;  // ms for a change to reach the models: generous, the run is on 2 shared cores

QString path(const protocol::RouteDef& def, std::string_view value = {}) {
  return QString::fromStdString(protocol::path_of(def, value));
}

template <class T>
std::optional<T> get(BranchClient& client, const QString& where) {
  std::optional<T> value;
  waitFor([&](auto done) {
    client.getAs<T>(where, nullptr, [&, done](const civiq::qtclient::TypedReply<T>& reply) {
      value = reply.value;
      done();
    });
  });
  return value;
}

template <class T, class Body>
civiq::qtclient::TypedReply<T> post(BranchClient& client, const QString& where, const Body& body) {
  civiq::qtclient::TypedReply<T> result;
  waitFor([&](auto done) {
    client.postAs<T>(where, body, std::nullopt, nullptr, [&, done](const civiq::qtclient::TypedReply<T>& reply) {
      result = reply;
      done();
    });
  });
  return result;
}

QVariant counterRole(StaffFeed& feed, int counter, int role) {
  const int row = feed.counters()->rowOf(CounterId{counter});
  return row < 0 ? QVariant() : feed.counters()->index(row).data(role);
}

QVariant queueRole(StaffFeed& feed, const QString& number, int role) {
  auto* queue = feed.queue();
  for (int row = 0; row < queue->rowCount(); ++row)
    if (queue->index(row).data(QueueModel::NumberRole).toString() == number) return queue->index(row).data(role);
  return {};
}

// "A001 waiting" per row: what a model shows and what the server answers, comparable.
QStringList queueLines(const std::vector<protocol::QueueEntry>& tickets) {
  QStringList lines;
  for (const auto& t : tickets) lines << QString::fromStdString(t.number + " " + t.status);
  return lines;
}
QStringList counterLines(const std::vector<protocol::CounterView>& counters) {
  QStringList lines;
  for (const auto& c : counters)
    lines << QString::fromStdString(c.name + (c.open ? " open " : " closed ") + (c.current ? c.current->number : "-"));
  return lines;
}

}  // namespace

class StaffFeedServerTest : public QObject {
  Q_OBJECT

 private slots:
  void followsTheQueueAndCountersThroughARestart() {
    TestServer server;
    server.start();
    TestClerk clerk(server);
    QVERIFY(clerk.signIn());
    BranchClient client(server.baseUrl());
    QVERIFY(signIn(client, QStringLiteral("clerk"), QStringLiteral("clerk-test-pass")));

    StaffFeed feed(client, fastStreamOptions());
    QAbstractItemModelTester queueTester(feed.queue(), kFatal);
    QAbstractItemModelTester countersTester(feed.counters(), kFatal);
    QAbstractItemModelTester appointmentsTester(feed.appointments(), kFatal);
    QSignalSpy synchronized(&feed, &StaffFeed::synchronized);
    QSignalSpy queueResets(feed.queue(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy counterResets(feed.counters(), &QAbstractItemModel::modelAboutToBeReset);
    feed.start();
    QVERIFY(synchronized.wait(kLive));
    QCOMPARE(feed.counters()->rowCount(), 6);  // the Löbau demo's counters
    QCOMPARE(feed.queue()->rowCount(), 0);
    QCOMPARE(counterRole(feed, 1, CountersModel::OpenRole).toBool(), false);

    // A ticket is drawn: it appears waiting, first in line.
    QString number;
    QVERIFY(clerk.issue(1, &number));
    QCOMPARE(number, QStringLiteral("A001"));
    QTRY_COMPARE_WITH_TIMEOUT(feed.queue()->rowCount(), 1, kLive);
    QCOMPARE(queueRole(feed, number, QueueModel::StatusGroupRole).toString(), QStringLiteral("waiting"));
    QCOMPARE(queueRole(feed, number, QueueModel::PositionRole).toInt(), 1);
    QCOMPARE(queueRole(feed, number, QueueModel::ServiceIdRole).toInt(), 1);
    const TicketId id{queueRole(feed, number, QueueModel::IdRole).toLongLong()};

    // The clerk opens counter 1 and calls: the ticket leaves the queue and is at the counter.
    QVERIFY(clerk.counter(1, QStringLiteral("open")));
    QTRY_COMPARE_WITH_TIMEOUT(counterRole(feed, 1, CountersModel::OpenRole).toBool(), true, kLive);
    QCOMPARE(counterRole(feed, 1, CountersModel::ClerkRole).toString(), QStringLiteral("clerk"));
    QVERIFY(clerk.counter(1, QStringLiteral("call-next")));
    QTRY_COMPARE_WITH_TIMEOUT(counterRole(feed, 1, CountersModel::CurrentNumberRole).toString(), number, kLive);
    QCOMPARE(counterRole(feed, 1, CountersModel::CurrentStatusRole).toString(), QStringLiteral("called"));
    QCOMPARE(counterRole(feed, 1, CountersModel::CurrentTicketIdRole).toLongLong(), id.value);
    QTRY_COMPARE_WITH_TIMEOUT(feed.queue()->rowCount(), 0, kLive);
    QVERIFY(feed.ticket(id));
    QCOMPARE(feed.ticket(id)->status, std::string("called"));
    QCOMPARE(feed.ticket(id)->counter_id, std::optional(CounterId{1}));

    // Parked (the citizen fetches a document): back in the queue, parked at counter 1.
    QueueFilterModel parkedHere;
    parkedHere.setSourceModel(feed.queue());
    parkedHere.setStatusGroups({QStringLiteral("parked")});
    parkedHere.setCounterId(1);
    QVERIFY(clerk.counter(1, QStringLiteral("park")));
    QTRY_COMPARE_WITH_TIMEOUT(parkedHere.count(), 1, kLive);
    QCOMPARE(queueRole(feed, number, QueueModel::CounterIdRole).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(counterRole(feed, 1, CountersModel::CurrentNumberRole).toString(), QString(), kLive);
    QCOMPARE(feed.ticket(id)->status, std::string("parked"));

    // The server restarts; changes right after it reach the models (through the new snapshots or
    // the updates after them), and the models end up equal to what the server answers.
    synchronized.clear();
    server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(feed.stream()->state(), ConnectionState::Reconnecting, kLive);
    server.start();
    QString second;
    QVERIFY(clerk.issue(1, &second));
    QVERIFY(clerk.counter(2, QStringLiteral("open")));
    QTRY_VERIFY_WITH_TIMEOUT(synchronized.count() >= 1, 10000);
    QCOMPARE(feed.stream()->state(), ConnectionState::Connected);
    QTRY_COMPARE_WITH_TIMEOUT(queueRole(feed, second, QueueModel::StatusGroupRole).toString(),
                              QStringLiteral("waiting"), kLive);
    QTRY_COMPARE_WITH_TIMEOUT(counterRole(feed, 2, CountersModel::OpenRole).toBool(), true, kLive);

    const auto queue = get<protocol::QueueView>(client, path(route::kQueue));
    const auto counters = get<protocol::CounterList>(client, path(route::kCounters));
    QVERIFY(queue && counters);
    QTRY_COMPARE_WITH_TIMEOUT(queueLines(feed.queue()->rows()), queueLines(queue->tickets), kLive);
    QTRY_COMPARE_WITH_TIMEOUT(counterLines(feed.counters()->rows()), counterLines(counters->counters), kLive);

    // A change the feed cannot hear (its stream is down) is in the models the moment the
    // snapshots of the next connection are applied.
    feed.stop();
    QVERIFY(clerk.counter(2, QStringLiteral("call-next")));
    synchronized.clear();
    feed.start();
    QVERIFY(synchronized.wait(kLive));
    QCOMPARE(counterRole(feed, 2, CountersModel::CurrentNumberRole).toString(), second);
    QVERIFY(!queueRole(feed, second, QueueModel::StatusRole).isValid());
    QCOMPARE(queueResets.count(), 0);
    QCOMPARE(counterResets.count(), 0);
  }

  void followsAppointmentsFromImportToCheckIn() {
    TestServer server;
    server.start();
    server.addUser(QStringLiteral("maria"), QStringLiteral("manager"), QStringLiteral("manager-test-pass"));
    BranchClient client(server.baseUrl());
    QVERIFY(signIn(client, QStringLiteral("maria"), QStringLiteral("manager-test-pass")));

    StaffFeed feed(client, fastStreamOptions());
    QAbstractItemModelTester appointmentsTester(feed.appointments(), kFatal);
    QSignalSpy synchronized(&feed, &StaffFeed::synchronized);
    feed.start();
    QVERIFY(synchronized.wait(kLive));
    QCOMPARE(feed.appointments()->rowCount(), 0);

    // A booking for a few minutes from now (office clock), imported by the manager.
    const auto health = get<protocol::Health>(client, path(route::kHealth));
    QVERIFY(health);
    protocol::AppointmentImport import;
    import.appointments.push_back({"LB-7F3K",
                                   health->now + 5min,
                                   {civiq::domain::ServiceId {
                                     1
                                   }},
                                   "Erika Mustermann",
                                   false});
    const auto imported = post<protocol::ImportResult>(client, path(route::kImportAppointments), import);
    QVERIFY2(imported.value, qPrintable(imported.http.error));
    QTRY_COMPARE_WITH_TIMEOUT(feed.appointments()->rowCount(), 1, kLive);
    const auto booked = feed.appointments()->appointment("LB-7F3K");
    QVERIFY(booked);
    QCOMPARE(booked->status, std::string("booked"));
    QCOMPARE(feed.appointments()->index(0).data(civiq::qtclient::AppointmentsModel::TimeRole).toDateTime(),
             civiq::qtclient::toDateTime(health->now + 5min));

    // The citizen checks in: the appointment has its ticket number, the queue an appointment ticket.
    const auto checkedIn =
        post<protocol::IssuedTicket>(client, path(route::kCheckIn, "LB-7F3K"), protocol::CheckInRequest{});
    QVERIFY2(checkedIn.value, qPrintable(checkedIn.http.error));
    const QString number = QString::fromStdString(checkedIn.value->number);
    QTRY_COMPARE_WITH_TIMEOUT(feed.appointments()->appointment("LB-7F3K")->status, std::string("checked_in"), kLive);
    QCOMPARE(feed.appointments()->index(0).data(civiq::qtclient::AppointmentsModel::TicketNumberRole).toString(),
             number);
    QTRY_COMPARE_WITH_TIMEOUT(feed.queue()->rowCount(), 1, kLive);
    QCOMPARE(queueRole(feed, number, QueueModel::AppointmentRole).toBool(), true);
    QCOMPARE(queueRole(feed, number, QueueModel::AppointmentCodeRole).toString(), QStringLiteral("LB-7F3K"));
  }

  void deviceFeedFollowsTheKiosksHealth() {
    TestServer server;
    server.start();
    const QString kioskToken = server.enrollDevice(QStringLiteral("Kiosk Eingang"), QStringLiteral("kiosk"));
    (void)server.enrollDevice(QStringLiteral("Anzeige Flur"), QStringLiteral("display"));
    TestClerk clerk(server);
    QVERIFY(clerk.signIn());
    BranchClient client(server.baseUrl());
    QVERIFY(signIn(client, QStringLiteral("clerk"), QStringLiteral("clerk-test-pass")));

    DeviceFeed feed(client, fastStreamOptions());
    QAbstractItemModelTester tester(feed.devices(), kFatal);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(feed.devices()->rowCount(), 2, kLive);
    QCOMPARE(feed.devices()->attentionCount(), 0);  // never reported is no alarm

    // The kiosk runs low on paper: the row says so and counts for attention.
    protocol::DeviceStatusReport report{"1.4.0", 60, protocol::PrinterStatus{"idle", true, {"media-low"}, true, 9}, {}};
    QVERIFY(civiq::qtclient::testing::reportDeviceStatus(server, kioskToken, report));
    QTRY_COMPARE_WITH_TIMEOUT(feed.devices()->attentionCount(), 1, kLive);
    const int row = feed.devices()->rowOf(std::string("Kiosk Eingang"));
    QVERIFY(row >= 0);
    const auto index = feed.devices()->index(row);
    QCOMPARE(index.data(DeviceHealthModel::StatusRole).toString(), QStringLiteral("attention"));
    QCOMPARE(index.data(DeviceHealthModel::ProblemsRole).toStringList(), QStringList{QStringLiteral("paper_low")});
    QCOMPARE(index.data(DeviceHealthModel::PaperLeftRole).toLongLong(), 9);

    // A stale frame (lower seq) changes nothing; a frame of another topic is not taken.
    protocol::Frame stale{std::string(protocol::topic::kDevices), "snapshot", 0,
                          boost::json::parse(protocol::to_json(protocol::DeviceHealthList{}))};
    QVERIFY(!feed.applyFrame({std::string(protocol::topic::kQueue), "snapshot", 1 << 30, stale.data}));
    stale.seq = -1;
    QVERIFY(!feed.applyFrame(stale));
    QCOMPARE(feed.devices()->rowCount(), 2);

    // Paper back: the alarm goes.
    report.printer = protocol::PrinterStatus{"idle", true, {}, false, 600};
    QVERIFY(civiq::qtclient::testing::reportDeviceStatus(server, kioskToken, report));
    QTRY_COMPARE_WITH_TIMEOUT(feed.devices()->attentionCount(), 0, kLive);
  }
};

QTEST_GUILESS_MAIN(StaffFeedServerTest)
#include "staff_feed_server_test.moc"
