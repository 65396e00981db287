// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// AnnouncementPlayer with a fake announcer that finishes only when the test says so: order, never
// two at once, bounded backlog, recalls, mute.
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <vector>

#include "announcement_player.hpp"
#include "announcer.hpp"

using civiq::display::Announcement;
using civiq::display::AnnouncementPlayer;
using civiq::display::Announcer;
using civiq::display::defaultWording;

namespace {

// Stands in for the gong and the speech engine. It checks the Announcer contract from the other
// side: it fails the test if it is given a second announcement before it finished the first.
class FakeAnnouncer : public Announcer {
  Q_OBJECT

 public:
  using Announcer::Announcer;

  void announce(const Announcement& announcement) override {
    if (active_) overlapped_ = true;
    active_ = true;
    announced_.push_back(announcement);
    if (finishInside_) finishNow();
  }
  void cancel() override {
    ++cancels_;
    if (active_) finishNow();
  }

  // Finishes the current announcement from the event loop, as a real engine does.
  void finishSoon() {
    QTimer::singleShot(0, this, [this] { finishNow(); });
  }
  void finishNow() {
    active_ = false;
    emit finished();
  }
  // Like an announcer without an audio device: finished() from inside announce().
  void setFinishInside(bool finishInside) { finishInside_ = finishInside; }

  [[nodiscard]] bool active() const { return active_; }
  [[nodiscard]] bool overlapped() const { return overlapped_; }
  [[nodiscard]] int cancels() const { return cancels_; }
  [[nodiscard]] const std::vector<Announcement>& announced() const { return announced_; }
  [[nodiscard]] QStringList numbers() const {
    QStringList result;
    for (const Announcement& a : announced_) result.append(a.number);
    return result;
  }

 private:
  bool active_ = false;
  bool overlapped_ = false;
  bool finishInside_ = false;
  int cancels_ = 0;
  std::vector<Announcement> announced_;
};

}  // namespace

class AnnouncementPlayerTest : public QObject {
  Q_OBJECT

 private slots:
  void firstCallStartsAtOnceWithText() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"));
    QSignalSpy announcing(&player, &AnnouncementPlayer::announcing);
    player.enqueue(QStringLiteral("A042"), QStringLiteral("Schalter 3"), false);
    QCOMPARE(announcing.count(), 1);
    QCOMPARE(announcing.at(0).at(0).toString(), QStringLiteral("Nummer A 42, bitte zu Schalter 3"));
    QCOMPARE(announcer.announced().size(), std::size_t{1});
    QCOMPARE(announcer.announced().at(0).text, QStringLiteral("Nummer A 42, bitte zu Schalter 3"));
    QCOMPARE(announcer.announced().at(0).counter, QStringLiteral("Schalter 3"));
    QVERIFY(player.busy());
    QCOMPARE(player.pendingCount(), 0);
  }

  void inOrderAndNeverTwoAtOnce() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("en"));
    QSignalSpy announcing(&player, &AnnouncementPlayer::announcing);
    player.enqueue(QStringLiteral("A001"), QStringLiteral("Counter 1"), false);
    player.enqueue(QStringLiteral("A002"), QStringLiteral("Counter 2"), false);
    player.enqueue(QStringLiteral("A003"), QStringLiteral("Counter 3"), false);
    QCOMPARE(announcing.count(), 1);  // the others wait for the first to finish
    QCOMPARE(player.pendingCount(), 2);

    announcer.finishSoon();
    QVERIFY(announcing.wait());
    QCOMPARE(announcing.count(), 2);
    QCOMPARE(player.pendingCount(), 1);

    announcer.finishSoon();
    QVERIFY(announcing.wait());
    QCOMPARE(announcing.count(), 3);
    QCOMPARE(player.pendingCount(), 0);

    QSignalSpy finished(&announcer, &Announcer::finished);
    announcer.finishSoon();
    QVERIFY(finished.wait());
    QVERIFY(!player.busy());
    QCOMPARE(announcing.count(), 3);

    QCOMPARE(announcer.numbers(), (QStringList{"A001", "A002", "A003"}));
    QCOMPARE(announcing.at(2).at(0).toString(), QStringLiteral("Number A 3, please go to Counter 3"));
    QVERIFY(!announcer.overlapped());
  }

  void idleAgainAfterBacklogStartsNextAtOnce() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"));
    player.enqueue(QStringLiteral("A001"), QStringLiteral("Schalter 1"), false);
    QSignalSpy finished(&announcer, &Announcer::finished);
    announcer.finishSoon();
    QVERIFY(finished.wait());
    QVERIFY(!player.busy());
    player.enqueue(QStringLiteral("A002"), QStringLiteral("Schalter 1"), false);
    QVERIFY(announcer.active());
    QCOMPARE(announcer.numbers(), (QStringList{"A001", "A002"}));
  }

  void recallIsAnnouncedAgain() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"));
    QSignalSpy announcing(&player, &AnnouncementPlayer::announcing);
    player.enqueue(QStringLiteral("A042"), QStringLiteral("Schalter 3"), false);
    player.enqueue(QStringLiteral("A042"), QStringLiteral("Schalter 3"), true);
    announcer.finishSoon();
    QVERIFY(announcing.wait());
    QCOMPARE(announcer.numbers(), (QStringList{"A042", "A042"}));
    QVERIFY(!announcer.announced().at(0).recall);
    QVERIFY(announcer.announced().at(1).recall);
    QCOMPARE(announcing.at(1).at(0).toString(), QStringLiteral("Nummer A 42, bitte zu Schalter 3"));
  }

  void backlogKeepsNewest() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"), /*maxPending=*/2);
    QSignalSpy announcing(&player, &AnnouncementPlayer::announcing);
    for (const char* number : {"A001", "A002", "A003", "A004", "A005"}) {
      player.enqueue(QString::fromLatin1(number), QStringLiteral("Schalter 1"), false);
    }
    QCOMPARE(player.pendingCount(), 2);
    QCOMPARE(player.droppedCount(), std::size_t{2});  // A002 and A003: the oldest waiting ones

    announcer.finishSoon();
    QVERIFY(announcing.wait());
    announcer.finishSoon();
    QVERIFY(announcing.wait());
    QCOMPARE(announcer.numbers(), (QStringList{"A001", "A004", "A005"}));
    QVERIFY(!announcer.overlapped());
  }

  void muteDropsPendingAndCutsCurrentShort() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"));
    QSignalSpy mutedChanged(&player, &AnnouncementPlayer::mutedChanged);
    QSignalSpy announcing(&player, &AnnouncementPlayer::announcing);
    player.enqueue(QStringLiteral("A001"), QStringLiteral("Schalter 1"), false);
    player.enqueue(QStringLiteral("A002"), QStringLiteral("Schalter 1"), false);
    player.enqueue(QStringLiteral("A003"), QStringLiteral("Schalter 1"), false);

    player.setMuted(true);
    QVERIFY(player.muted());
    QCOMPARE(mutedChanged.count(), 1);
    QCOMPARE(mutedChanged.at(0).at(0).toBool(), true);
    QCOMPARE(player.pendingCount(), 0);
    QCOMPARE(announcer.cancels(), 1);
    QVERIFY(!announcer.active());
    QVERIFY(!player.busy());

    player.enqueue(QStringLiteral("A004"), QStringLiteral("Schalter 1"), false);  // muted: not queued
    QCOMPARE(player.pendingCount(), 0);
    QCOMPARE(announcing.count(), 1);
    QCOMPARE(announcer.numbers(), QStringList{"A001"});

    player.setMuted(true);  // no change, no signal
    QCOMPARE(mutedChanged.count(), 1);

    player.setMuted(false);
    QCOMPARE(mutedChanged.count(), 2);
    QCOMPARE(player.pendingCount(), 0);  // what was dropped stays dropped
    player.enqueue(QStringLiteral("A005"), QStringLiteral("Schalter 1"), false);
    QCOMPARE(announcer.numbers(), (QStringList{"A001", "A005"}));
  }

  void mutePropertyWorksThroughMetaObject() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"));
    QSignalSpy mutedChanged(&player, &AnnouncementPlayer::mutedChanged);
    QVERIFY(player.setProperty("muted", true));
    QCOMPARE(player.property("muted").toBool(), true);
    QCOMPARE(mutedChanged.count(), 1);
  }

  void muteWhileIdleCancelsNothing() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"));
    player.setMuted(true);
    QCOMPARE(announcer.cancels(), 0);
  }

  void announcerFinishingInsideAnnounceWorksThroughTheBacklog() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"));
    QSignalSpy announcing(&player, &AnnouncementPlayer::announcing);
    player.enqueue(QStringLiteral("A001"), QStringLiteral("Schalter 1"), false);
    player.enqueue(QStringLiteral("A002"), QStringLiteral("Schalter 1"), false);
    announcer.setFinishInside(true);
    announcer.finishNow();  // A001 ends; A002 starts and ends inside announce()
    QCOMPARE(announcer.numbers(), (QStringList{"A001", "A002"}));
    QVERIFY(!player.busy());
    player.enqueue(QStringLiteral("A003"), QStringLiteral("Schalter 1"), false);
    QCOMPARE(announcer.numbers(), (QStringList{"A001", "A002", "A003"}));
    QCOMPARE(announcing.count(), 3);
    QVERIFY(!player.busy());
    QVERIFY(!announcer.overlapped());
  }

  void finishedWhileIdleIsIgnored() {
    FakeAnnouncer announcer;
    AnnouncementPlayer player(&announcer, defaultWording("de"));
    QSignalSpy announcing(&player, &AnnouncementPlayer::announcing);
    emit announcer.finished();  // nothing in progress: e.g. a late signal after a cancel
    QVERIFY(!player.busy());
    QCOMPARE(announcing.count(), 0);
    player.enqueue(QStringLiteral("A001"), QStringLiteral("Schalter 1"), false);
    player.enqueue(QStringLiteral("A002"), QStringLiteral("Schalter 1"), false);
    QCOMPARE(announcer.numbers(), QStringList{"A001"});
    QCOMPARE(player.pendingCount(), 1);
  }
};

QTEST_GUILESS_MAIN(AnnouncementPlayerTest)
#include "announcement_player_test.moc"
