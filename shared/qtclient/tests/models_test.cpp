// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "qtclient/recent_calls_model.hpp"
#include "qtclient/service_load_model.hpp"

using civiq::protocol::CallNotice;
using civiq::protocol::ServiceInfo;
using civiq::protocol::ServiceLoad;
using civiq::qtclient::RecentCallsModel;
using civiq::qtclient::ServiceLoadModel;
using civiq::domain::CounterId;
using civiq::domain::ServiceId;

namespace {

CallNotice call(const char* number, int counter, int minute, bool recall = false) {
  const auto at = civiq::domain::TimePoint{} + std::chrono::hours(24 * 20000) + std::chrono::minutes(minute);
  return {number, CounterId{counter}, "Schalter " + std::to_string(counter), at, recall, ServiceId{1}};
}

QStringList numbers(const RecentCallsModel& model) {
  QStringList out;
  for (int row = 0; row < model.rowCount(); ++row)
    out << model.data(model.index(row), RecentCallsModel::NumberRole).toString();
  return out;
}

ServiceInfo service(int id, const char* name, int waiting = 0) {
  ServiceInfo info;
  info.id = ServiceId{id};
  info.name = name;
  info.prefix = "A";
  info.waiting = waiting;
  return info;
}

}  // namespace

class ModelsTest : public QObject {
  Q_OBJECT

 private slots:
  void newCallsArePrependedAndTheOldestDropsOff() {
    RecentCallsModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    for (const char* n : {"A001", "A002", "A003", "A004"}) model.prepend(call(n, 1, std::atoi(n + 1)));
    QCOMPARE(numbers(model), (QStringList{"A004", "A003", "A002"}));
    QCOMPARE(inserts.count(), 4);
    QCOMPARE(resets.count(), 0);
  }

  void aRecallIsNotDeliveredTwice() {
    RecentCallsModel model(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.prepend(call("A001", 1, 1));
    model.prepend(call("A001", 1, 1));  // the same frame again (snapshot + event overlap)
    QCOMPARE(model.rowCount(), 1);
    model.prepend(call("A001", 1, 2, true));
    model.prepend(call("A001", 1, 2, true));
    QCOMPARE(numbers(model), (QStringList{"A001"}));
    QVERIFY(model.data(model.index(0), RecentCallsModel::RecallRole).toBool());
  }

  // Issue #18: A034 recalled twice filled three of seven rows of "Letzte Aufrufe".
  void aRecalledNumberTakesOneRowMarkedAsRecalledAtTheTop() {
    RecentCallsModel model(7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.prepend(call("A033", 2, 1));
    model.prepend(call("A034", 1, 2));
    model.prepend(call("B010", 3, 3));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy count(&model, &RecentCallsModel::countChanged);
    model.prepend(call("A034", 1, 4, true));
    model.prepend(call("A034", 1, 5, true));
    QCOMPARE(numbers(model), (QStringList{"A034", "B010", "A033"}));
    QVERIFY(model.data(model.index(0), RecentCallsModel::RecallRole).toBool());
    QCOMPARE(model.data(model.index(0), RecentCallsModel::CalledAtRole).toDateTime(),
             civiq::qtclient::toDateTime(call("A034", 1, 5).at));  // the time of the newest recall
    QVERIFY(!model.data(model.index(1), RecentCallsModel::RecallRole).toBool());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(count.count(), 0);
    // Sent on to another counter and called there: still one row, with the new counter.
    model.prepend(call("A033", 4, 6));
    QCOMPARE(numbers(model), (QStringList{"A033", "A034", "B010"}));
    QCOMPARE(model.data(model.index(0), RecentCallsModel::CounterRole).toString(), QStringLiteral("Schalter 4"));
  }

  void aSnapshotShowsARecalledNumberOnce() {
    RecentCallsModel model(7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The server's list has one entry per call, recalls included, newest first.
    model.replaceAll({call("A034", 1, 5, true), call("A034", 1, 4, true), call("B010", 3, 3), call("A034", 1, 2),
                      call("A033", 2, 1)});
    QCOMPARE(numbers(model), (QStringList{"A034", "B010", "A033"}));
    QVERIFY(model.data(model.index(0), RecentCallsModel::RecallRole).toBool());
    // The next snapshot (a reconnect) with one more recall: the row is replaced, the others stay.
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    model.replaceAll({call("A034", 1, 6, true), call("A034", 1, 5, true), call("A034", 1, 4, true), call("B010", 3, 3),
                      call("A034", 1, 2), call("A033", 2, 1)});
    QCOMPARE(numbers(model), (QStringList{"A034", "B010", "A033"}));
    QCOMPARE(removes.count(), 1);
  }

  void aSnapshotKeepsRowsItSharesAndOnlyInsertsAndRemovesTheRest() {
    RecentCallsModel model(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replaceAll({call("A003", 1, 3), call("A002", 2, 2), call("A001", 1, 1)});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    // While the display was offline: A004 and A005 were called; A001 fell out of the server's list.
    model.replaceAll({call("A005", 3, 5), call("A004", 2, 4), call("A003", 1, 3), call("A002", 2, 2)});
    QCOMPARE(numbers(model), (QStringList{"A005", "A004", "A003", "A002"}));
    QCOMPARE(inserts.count(), 2);
    QCOMPARE(removes.count(), 1);
    QCOMPARE(resets.count(), 0);
    // A restarted server with a fresh day: everything goes.
    model.replaceAll({});
    QCOMPARE(model.rowCount(), 0);
  }

  void aSnapshotLongerThanTheModelIsCut() {
    RecentCallsModel model(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replaceAll({call("A003", 1, 3), call("A002", 2, 2), call("A001", 1, 1)});
    QCOMPARE(numbers(model), (QStringList{"A003", "A002"}));
  }

  void rolesHaveQmlNames() {
    RecentCallsModel model;
    model.prepend(call("B007", 4, 7));
    const auto names = model.roleNames();
    QCOMPARE(names.value(RecentCallsModel::NumberRole), QByteArray("number"));
    QCOMPARE(names.value(RecentCallsModel::CounterRole), QByteArray("counter"));
    QCOMPARE(model.data(model.index(0), RecentCallsModel::CounterRole).toString(), QStringLiteral("Schalter 4"));
    QCOMPARE(model.data(model.index(0), RecentCallsModel::CounterIdRole).toInt(), 4);
    QCOMPARE(model.data(model.index(0), RecentCallsModel::CalledAtRole).toDateTime().timeSpec(), Qt::UTC);
  }

  void servicesShowActiveOnesAndLoadsChangeValuesInPlace() {
    ServiceLoadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto inactive = service(3, "Fundbüro");
    inactive.active = false;
    model.setServices({service(1, "Kfz-Zulassung", 2), service(2, "Wohngeld"), inactive});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalWaiting(), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy total(&model, &ServiceLoadModel::totalWaitingChanged);
    model.applyLoads({ServiceLoad{ServiceId{1}, 2, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
                      ServiceLoad{ServiceId{2}, 4, 1260, 930, 1830, true},
                      ServiceLoad{ServiceId{9}, 7, 60, 0, 120, true}});
    QCOMPARE(changed.count(), 1);  // service 1 is unchanged and service 9 is not shown
    QCOMPARE(total.count(), 1);
    QCOMPARE(model.data(model.index(1), ServiceLoadModel::WaitingRole).toInt(), 4);
    QCOMPARE(model.data(model.index(1), ServiceLoadModel::EstimatedWaitMinutesRole).toInt(), 21);
    QCOMPARE(model.data(model.index(1), ServiceLoadModel::WaitLowMinutesRole).toInt(), 15);
    QCOMPARE(model.data(model.index(1), ServiceLoadModel::WaitHighMinutesRole).toInt(), 31);
    QCOMPARE(model.data(model.index(0), ServiceLoadModel::EstimatedWaitMinutesRole).toInt(), -1);
    QCOMPARE(model.data(model.index(0), ServiceLoadModel::WaitLowMinutesRole).toInt(), -1);
    QVERIFY(model.data(model.index(0), ServiceLoadModel::ServiceOpenRole).toBool());  // an older server: open

    // The last counter for Wohngeld closes: the server sends no time, only that it is closed.
    model.applyLoads({ServiceLoad{ServiceId{2}, 4, std::nullopt, std::nullopt, std::nullopt, false}});
    QCOMPARE(changed.count(), 2);
    QVERIFY(!model.data(model.index(1), ServiceLoadModel::ServiceOpenRole).toBool());
    QCOMPARE(model.data(model.index(1), ServiceLoadModel::EstimatedWaitMinutesRole).toInt(), -1);
  }

  void aNewServiceListMovesInsertsAndRemovesRows() {
    ServiceLoadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServices({service(1, "Kfz-Zulassung"), service(2, "Wohngeld"), service(3, "Fahrerlaubnis")});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setServices({service(3, "Driving licence"), service(1, "Vehicle registration"), service(4, "General service")});
    QCOMPARE(resets.count(), 0);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) names << model.data(model.index(row), ServiceLoadModel::NameRole).toString();
    QCOMPARE(names, (QStringList{"Driving licence", "Vehicle registration", "General service"}));
  }
};

QTEST_GUILESS_MAIN(ModelsTest)
#include "models_test.moc"
