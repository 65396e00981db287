// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// AnnouncementQueue: oldest first, one at a time, recalls announced again, bounded backlog.
#include <QTest>

#include "announcement_queue.hpp"

using civiq::display::Announcement;
using civiq::display::AnnouncementQueue;

namespace {

Announcement call(const char* number, bool recall = false) {
  return Announcement{QString::fromLatin1(number), QStringLiteral("Schalter 1"), recall,
                      QStringLiteral("Nummer %1").arg(QString::fromLatin1(number))};
}

}  // namespace

class AnnouncementQueueTest : public QObject {
  Q_OBJECT

 private slots:
  void emptyQueueStartsNothing() {
    AnnouncementQueue queue;
    QVERIFY(!queue.startNext().has_value());
    QVERIFY(!queue.busy());
    QCOMPARE(queue.pending(), std::size_t{0});
    QCOMPARE(queue.dropped(), std::size_t{0});
  }

  void oldestFirst() {
    AnnouncementQueue queue;
    queue.push(call("A001"));
    queue.push(call("A002"));
    queue.push(call("A003"));
    QCOMPARE(queue.pending(), std::size_t{3});
    for (const char* expected : {"A001", "A002", "A003"}) {
      const auto next = queue.startNext();
      QVERIFY(next.has_value());
      QCOMPARE(next->number, QString::fromLatin1(expected));
      queue.finished();
    }
    QVERIFY(!queue.startNext().has_value());
  }

  void noOverlapWhileBusy() {
    AnnouncementQueue queue;
    queue.push(call("A001"));
    queue.push(call("A002"));
    QVERIFY(queue.startNext().has_value());
    QVERIFY(queue.busy());
    // However often asked, nothing else starts until the first has finished.
    QVERIFY(!queue.startNext().has_value());
    QVERIFY(!queue.startNext().has_value());
    QCOMPARE(queue.pending(), std::size_t{1});
    queue.finished();
    QVERIFY(!queue.busy());
    const auto second = queue.startNext();
    QVERIFY(second.has_value());
    QCOMPARE(second->number, QStringLiteral("A002"));
  }

  void pushWhileBusyWaits() {
    AnnouncementQueue queue;
    queue.push(call("A001"));
    QVERIFY(queue.startNext().has_value());
    queue.push(call("A002"));
    QVERIFY(!queue.startNext().has_value());
    queue.finished();
    QCOMPARE(queue.startNext()->number, QStringLiteral("A002"));
  }

  void recallIsAnnouncedAgain() {
    AnnouncementQueue queue;
    queue.push(call("A001"));
    QCOMPARE(queue.startNext()->number, QStringLiteral("A001"));
    queue.finished();
    queue.push(call("A001", /*recall=*/true));
    const auto again = queue.startNext();
    QVERIFY(again.has_value());
    QCOMPARE(again->number, QStringLiteral("A001"));
    QVERIFY(again->recall);
  }

  void recallOfPendingNumberIsAnotherAnnouncement() {
    AnnouncementQueue queue;
    queue.push(call("A001"));
    queue.push(call("A001", /*recall=*/true));
    QCOMPARE(queue.pending(), std::size_t{2});
    const auto first = queue.startNext();
    QVERIFY(!first->recall);
    queue.finished();
    const auto second = queue.startNext();
    QCOMPARE(second->number, QStringLiteral("A001"));
    QVERIFY(second->recall);
    QCOMPARE(queue.dropped(), std::size_t{0});
  }

  void boundedBacklogDropsOldest() {
    AnnouncementQueue queue(3);
    for (const char* number : {"A001", "A002", "A003", "A004", "A005"}) queue.push(call(number));
    QCOMPARE(queue.pending(), std::size_t{3});
    QCOMPARE(queue.dropped(), std::size_t{2});
    for (const char* expected : {"A003", "A004", "A005"}) {
      QCOMPARE(queue.startNext()->number, QString::fromLatin1(expected));
      queue.finished();
    }
  }

  void inProgressDoesNotCountAgainstBacklog() {
    AnnouncementQueue queue(2);
    queue.push(call("A001"));
    QCOMPARE(queue.startNext()->number, QStringLiteral("A001"));
    queue.push(call("A002"));
    queue.push(call("A003"));
    QCOMPARE(queue.dropped(), std::size_t{0});
    queue.push(call("A004"));
    QCOMPARE(queue.dropped(), std::size_t{1});
    QCOMPARE(queue.pending(), std::size_t{2});
    QVERIFY(queue.busy());  // A001 is still being announced
    queue.finished();
    QCOMPARE(queue.startNext()->number, QStringLiteral("A003"));
  }

  void zeroMaxPendingMeansOne() {
    AnnouncementQueue queue(0);
    QCOMPARE(queue.maxPending(), std::size_t{1});
    queue.push(call("A001"));
    queue.push(call("A002"));
    QCOMPARE(queue.pending(), std::size_t{1});
    QCOMPARE(queue.dropped(), std::size_t{1});
    QCOMPARE(queue.startNext()->number, QStringLiteral("A002"));
  }

  void clearPendingCountsDropped() {
    AnnouncementQueue queue;
    queue.push(call("A001"));
    QVERIFY(queue.startNext().has_value());
    queue.push(call("A002"));
    queue.push(call("A003"));
    queue.clearPending();
    QCOMPARE(queue.pending(), std::size_t{0});
    QCOMPARE(queue.dropped(), std::size_t{2});
    QVERIFY(queue.busy());  // the one in progress ends with finished(), not here
    queue.finished();
    QVERIFY(!queue.startNext().has_value());
  }

  void textIsCarried() {
    AnnouncementQueue queue;
    queue.push(call("B100"));
    QCOMPARE(queue.startNext()->text, QStringLiteral("Nummer B100"));
  }
};

QTEST_GUILESS_MAIN(AnnouncementQueueTest)
#include "announcement_queue_test.moc"
