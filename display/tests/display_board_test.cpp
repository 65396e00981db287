// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// What the waiting room reads must be true (issue #18), on the rendered display without a server:
// the clock is the office's, in Europe/Berlin, while this process runs in another zone (CTest sets
// TZ=America/New_York); long service names wrap to two lines at the size of the others, never cut;
// the wait is a range, a service nobody can serve says so (and when the office opens again) instead
// of an estimate; a recalled number is listed once, marked as recalled. Screenshots of the tiles go
// to $CIVIQ_SCREENSHOT_DIR (docs/display.md shows them).
#include <QtQml/qqmlextensionplugin.h>
#include <QDir>
#include <QQuickItem>
#include <QTest>

#include "display_app.hpp"

Q_IMPORT_QML_PLUGIN(Civiq_DisplayPlugin)

using namespace std::chrono_literals;
using civiq::display::DisplayApp;
using civiq::display::DisplayLayout;
using civiq::display::DisplaySettings;
using civiq::domain::TimePoint;
using civiq::protocol::CallNotice;
using civiq::protocol::OpeningStatus;
using civiq::protocol::ServiceInfo;
using civiq::protocol::ServiceLoad;

namespace {

DisplaySettings offlineDisplay(DisplayLayout layout = DisplayLayout::Landscape) {
  DisplaySettings settings;
  settings.device.server = QUrl(QStringLiteral("http://127.0.0.1:9"));  // nothing listens: the test fills the models
  settings.device.offlineAfterSeconds = 3600;                           // no offline banner in the screenshots
  settings.layout = layout;
  settings.fullScreen = false;
  settings.muted = false;  // nothing is announced: the models are filled directly, no call is signalled
  return settings;
}

// 2026-11-23 (a Monday) hh:mm UTC; Berlin is UTC+1 in November.
TimePoint novemberUtc(int hour, int minute) {
  using namespace std::chrono;
  return sys_days{2026y / November / 23} + hours(hour) + minutes(minute);
}

void showAt(DisplayApp& app, QSize size) {
  app.window()->resize(size);
  app.show();
  QVERIFY(QTest::qWaitForWindowExposed(app.window()));
}

QList<QQuickItem*> itemsNamed(QQuickItem* root, const QString& name) {
  QList<QQuickItem*> found;
  for (QQuickItem* child : root->childItems()) {
    if (child->objectName() == name) found << child;
    found << itemsNamed(child, name);
  }
  return found;
}

// Visible and, with every parent, more opaque than half (views fade rows in).
bool shown(const QQuickItem* item, double opacity = 0.5) {
  double effective = 1.0;
  for (const QQuickItem* i = item; i; i = i->parentItem()) effective *= i->opacity();
  return item->isVisible() && effective > opacity;
}

QList<QQuickItem*> shownItemsNamed(DisplayApp& app, const char* name, double opacity = 0.5) {
  QList<QQuickItem*> found;
  for (QQuickItem* item : itemsNamed(app.window()->contentItem(), QString::fromLatin1(name)))
    if (shown(item, opacity)) found << item;
  return found;
}

QString textOf(const QQuickItem* item) {
  return item->property("text").toString();
}

ServiceInfo service(int id, const char* prefix, const char* name) {
  ServiceInfo info;
  info.id = civiq::domain::ServiceId{id};
  info.prefix = prefix;
  info.name = name;
  return info;
}

ServiceLoad load(int id, int waiting, std::optional<std::int64_t> low, std::optional<std::int64_t> high,
                 bool open = true) {
  std::optional<std::int64_t> estimate;
  if (low && high) estimate = (*low + *high) / 2;
  return {civiq::domain::ServiceId{id}, waiting, estimate, low, high, open};
}

// The demo office's services (long names included) with every kind of figure.
void fillServices(DisplayApp& app) {
  auto* model = app.controller().feed().serviceLoads();
  model->setServices({service(1, "A", "Kfz-Zulassung"), service(2, "F", "Fahrerlaubnis"), service(3, "W", "Wohngeld"),
                      service(4, "S", "Schwerbehindertenausweis / Landesblindengeld"),
                      service(5, "B", "Bußgeldstelle / Abgabe Führerschein"), service(6, "G", "Allgemeiner Service")});
  model->applyLoads({load(1, 8, 35 * 60, 50 * 60), load(2, 0, 0, 0), load(3, 1, std::nullopt, std::nullopt, false),
                     load(4, 3, 20 * 60, 20 * 60), load(5, 2, 0, 5 * 60), load(6, 12, 61 * 60, 95 * 60)});
}

CallNotice call(const char* number, int counter, TimePoint at, bool recall = false) {
  return {number, civiq::domain::CounterId{counter}, "Schalter " + std::to_string(counter), at,
          recall, civiq::domain::ServiceId{1}};
}

void screenshot(DisplayApp& app, const QString& name) {
  const QString dir = qEnvironmentVariable("CIVIQ_SCREENSHOT_DIR", QDir::tempPath());
  QDir().mkpath(dir);
  QVERIFY(app.window()->grabWindow().save(dir + QStringLiteral("/display-%1.png").arg(name)));
}

}  // namespace

class DisplayBoardTest : public QObject {
  Q_OBJECT

 private slots:
  void theClockIsTheOfficeClockInBerlin_data() {
    QTest::addColumn<TimePoint>("officeNow");
    QTest::addColumn<QString>("clock");
    QTest::addColumn<QString>("date");
    QTest::newRow("winter: UTC+1") << novemberUtc(13, 5) << "14:05"
                                   << "Montag, 23. November 2026";
    QTest::newRow("summer: UTC+2, after midnight in Berlin")
        << TimePoint{std::chrono::sys_days{std::chrono::July / 1 / 2026} + 22h + 30min} << "00:30"
        << "Donnerstag, 2. Juli 2026";
  }

  void theClockIsTheOfficeClockInBerlin() {
    QFETCH(TimePoint, officeNow);
    QFETCH(QString, clock);
    QFETCH(QString, date);
    // Meaningful only while this process's zone is not Berlin's (CTest: TZ=America/New_York).
    const auto seconds = officeNow.time_since_epoch().count();
    QVERIFY2(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime().toString(QStringLiteral("HH:mm")) != clock,
             "run with TZ set to a zone other than Europe/Berlin");
    DisplayApp app(offlineDisplay());
    showAt(app, {1920, 1080});
    auto& display = app.controller();
    display.officeClock().sync(officeNow, 1.0);  // as GET /api/v1/health names it
    QCOMPARE(display.clockText(), clock);
    QCOMPARE(display.dateText(), date);
    const auto clocks = itemsNamed(app.window()->contentItem(), QStringLiteral("clock"));
    QCOMPARE(clocks.size(), 1);
    QTRY_COMPARE(textOf(clocks.first()), clock);
  }

  void theOfficeClockRunsAtTheOfficeSpeed() {
    civiq::qtclient::OfficeClock clock;
    const auto pcNow = QDateTime::currentDateTimeUtc();
    // Before the first sync: the PC's clock (UTC), which is shown in Berlin time too.
    QVERIFY(std::chrono::abs(clock.now() - TimePoint{std::chrono::seconds(pcNow.toSecsSinceEpoch())}) <= 2s);
    // A demo office 60 times as fast, at 14:05: a minute of the PC's clock later it is 15:05 there,
    // and the connection lost a real second ago was lost an office minute ago (each give or take
    // the real second this test may take on a busy machine).
    clock.sync(novemberUtc(13, 5), 60.0);
    const auto later = clock.at(QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY2(later >= novemberUtc(14, 5) && later <= novemberUtc(14, 5) + 60s,
             qPrintable(QString::number(later.time_since_epoch().count())));
    const auto before = clock.at(QDateTime::currentDateTimeUtc().addSecs(-1));
    QVERIFY(before >= novemberUtc(13, 4) && before <= novemberUtc(13, 4) + 60s);
  }

  void whenAClosedOfficeOpensAgain() {
    DisplayApp app(offlineDisplay());
    auto& display = app.controller();
    display.officeClock().sync(novemberUtc(11, 10), 1.0);  // Monday 12:10 in Berlin: lunch break
    QVERIFY(display.officeOpen());                         // nothing known yet: no claim
    QCOMPARE(display.opensAgainText(), QString());
    display.setOpening(OpeningStatus{false, std::nullopt, novemberUtc(12, 0)});
    QVERIFY(!display.officeOpen());
    QCOMPARE(display.opensAgainText(), QStringLiteral("13:00"));
    display.setOpening(OpeningStatus{false, std::nullopt, novemberUtc(24 + 7, 0)});  // Tuesday 08:00
    QCOMPARE(display.opensAgainText(), QStringLiteral("Di. 08:00"));
    display.setOpening(OpeningStatus{true, novemberUtc(15, 0), std::nullopt});
    QVERIFY(display.officeOpen());
    QCOMPARE(display.opensAgainText(), QString());
  }

  void serviceTilesShowRangesClosedCountersAndWholeNames_data() {
    QTest::addColumn<DisplayLayout>("layout");
    QTest::addColumn<QSize>("size");
    QTest::newRow("landscape") << DisplayLayout::Landscape << QSize(1920, 1080);
    QTest::newRow("portrait") << DisplayLayout::Portrait << QSize(1080, 1920);
  }

  void serviceTilesShowRangesClosedCountersAndWholeNames() {
    QFETCH(DisplayLayout, layout);
    QFETCH(QSize, size);
    DisplayApp app(offlineDisplay(layout));
    app.controller().officeClock().sync(novemberUtc(10, 42), 1.0);
    showAt(app, size);
    fillServices(app);
    QTRY_COMPARE(shownItemsNamed(app, "serviceWait", 0.99).size(), 6);  // faded in: settled for the screenshot

    // Every name whole, at one size, the long ones on two lines.
    const auto names = shownItemsNamed(app, "serviceName");
    const int nameSize = names.first()->property("font").value<QFont>().pixelSize();
    for (QQuickItem* name : names) {
      QVERIFY2(!name->property("truncated").toBool(), qPrintable(textOf(name) + QStringLiteral(" is cut")));
      QCOMPARE(name->property("font").value<QFont>().pixelSize(), nameSize);
      const int lines = name->property("lineCount").toInt();
      QVERIFY(lines >= 1 && lines <= 2);
      if (textOf(name).startsWith(QStringLiteral("Schwerbehinderten"))) QCOMPARE(lines, 2);
    }

    // The figures: ranges, and no estimate where no counter is open.
    QMap<QString, QString> waits;
    QMap<QString, QString> waitings;
    const auto waitItems = shownItemsNamed(app, "serviceWait");
    const auto waitingItems = itemsNamed(app.window()->contentItem(), QStringLiteral("serviceWaiting"));
    for (int i = 0; i < names.size(); ++i) {
      // the three texts of a tile share its Rectangle
      const auto* tile = names[i]->parentItem()->parentItem();
      for (QQuickItem* w : waitItems)
        if (w->parentItem()->parentItem() == tile) waits[textOf(names[i])] = textOf(w);
      for (QQuickItem* w : waitingItems)
        if (w->parentItem()->parentItem() == tile) waitings[textOf(names[i])] = textOf(w);
    }
    QCOMPARE(waits.value(QStringLiteral("Kfz-Zulassung")), QStringLiteral("35–50 Min."));
    QCOMPARE(waitings.value(QStringLiteral("Kfz-Zulassung")), QStringLiteral("8 wartend"));
    QCOMPARE(waits.value(QStringLiteral("Fahrerlaubnis")), QStringLiteral("keine Wartezeit"));
    QCOMPARE(waits.value(QStringLiteral("Wohngeld")), QStringLiteral("Schalter geschlossen"));
    QCOMPARE(waitings.value(QStringLiteral("Wohngeld")), QStringLiteral("1 wartend"));
    QCOMPARE(waits.value(QStringLiteral("Schwerbehindertenausweis / Landesblindengeld")), QStringLiteral("20 Min."));
    QCOMPARE(waits.value(QStringLiteral("Bußgeldstelle / Abgabe Führerschein")), QStringLiteral("bis 5 Min."));
    QCOMPARE(waits.value(QStringLiteral("Allgemeiner Service")), QStringLiteral("61–95 Min."));

    screenshot(app, QStringLiteral("%1-services").arg(QString::fromLatin1(QTest::currentDataTag())));

    // Read from across the room: the figures are larger than the names, and where they fit (not
    // "Schalter geschlossen") at least 3 units (≈ 22 mm cap height on a 55" 1080p panel; docs/display.md).
    const double unit = std::min(size.width(), size.height()) / 100.0;
    for (QQuickItem* wait : waitItems) {
      const int figure = wait->property("font").value<QFont>().pixelSize();
      qInfo("%s: figures %d px, names %d px", qPrintable(textOf(wait)), figure, nameSize);
      QVERIFY2(figure > nameSize, qPrintable(textOf(wait)));
      if (textOf(wait).endsWith(QStringLiteral("Min.")))
        QVERIFY2(figure >= qRound(3.0 * unit), qPrintable(QStringLiteral("%1: %2 px").arg(textOf(wait)).arg(figure)));
    }

    // Lunch break: every counter closed, the office opens at 13:00.
    app.controller().setOpening(OpeningStatus{false, std::nullopt, novemberUtc(12, 0)});
    app.controller().feed().serviceLoads()->applyLoads(
        {load(1, 8, std::nullopt, std::nullopt, false), load(3, 1, std::nullopt, std::nullopt, false)});
    const auto closed = [&] {
      QStringList texts;
      for (QQuickItem* w : shownItemsNamed(app, "serviceWait")) texts << textOf(w);
      return texts;
    };
    QTRY_COMPARE(closed().count(QStringLiteral("öffnet 13:00")), 2);
    QVERIFY(!closed().contains(QStringLiteral("35–50 Min.")));  // never an estimate while nobody can serve
  }

  void aRecalledNumberIsListedOnceMarkedAsRecalled() {
    DisplayApp app(offlineDisplay());
    app.controller().officeClock().sync(novemberUtc(9, 30), 1.0);
    showAt(app, {1920, 1080});
    fillServices(app);
    auto* calls = app.controller().feed().recentCalls();
    calls->prepend(call("A033", 2, novemberUtc(9, 1)));
    calls->prepend(call("A034", 1, novemberUtc(9, 2)));
    calls->prepend(call("B010", 3, novemberUtc(9, 3)));
    calls->prepend(call("A034", 1, novemberUtc(9, 5), true));
    calls->prepend(call("A034", 1, novemberUtc(9, 7), true));
    calls->prepend(call("B011", 3, novemberUtc(9, 9)));  // the big panel; the list shows the ones before
    QCOMPARE(app.controller().currentNumber(), QStringLiteral("B011"));
    const auto listed = [&] {
      QStringList numbers;
      for (QQuickItem* number : shownItemsNamed(app, "recentNumber")) numbers << textOf(number);
      return numbers;
    };
    QTRY_COMPARE(listed().size(), 3);
    QCOMPARE(listed().count(QStringLiteral("A034")), 1);
    for (QQuickItem* number : shownItemsNamed(app, "recentNumber")) {
      const auto markers = itemsNamed(number->parentItem(), QStringLiteral("recentRecall"));
      QCOMPARE(markers.size(), 1);
      QCOMPARE(markers.first()->isVisible(), textOf(number) == QStringLiteral("A034"));
    }
    QTRY_COMPARE(shownItemsNamed(app, "recentNumber", 0.99).size(), 3);  // settled for the screenshot
    screenshot(app, QStringLiteral("landscape-recall"));
  }
};

QTEST_MAIN(DisplayBoardTest)
#include "display_board_test.moc"
