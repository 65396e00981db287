// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The display against the real civiq-server, rendered offscreen in both layouts: the call appears
// within a second (model, QML item, screenshot) and is announced; when the server dies the screen
// says so; after the restart it shows the server's state again. The clock is the office's; the
// display reports itself to staff. Screenshots of every state go to
// $CIVIQ_SCREENSHOT_DIR (docs/display.md shows them).
#include <QDir>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "display_app.hpp"
#include "test_server.hpp"

Q_IMPORT_QML_PLUGIN(Civiq_DisplayPlugin)

using namespace std::chrono_literals;
using civiq::display::DisplayApp;
using civiq::display::DisplayLayout;
using civiq::display::DisplaySettings;
using civiq::qtclient::testing::TestClerk;
using civiq::qtclient::testing::TestServer;

namespace {

QImage screenshot(DisplayApp& app, const QString& name) {
  QImage image = app.window()->grabWindow();
  const QString dir = qEnvironmentVariable("CIVIQ_SCREENSHOT_DIR", QDir::tempPath());
  QDir().mkpath(dir);
  if (!image.save(dir + QStringLiteral("/display-%1.png").arg(name))) qWarning("could not save the screenshot %s", qPrintable(name));
  return image;
}

QQuickItem* item(DisplayApp& app, const char* objectName) {
  return app.window()->findChild<QQuickItem*>(QString::fromLatin1(objectName));
}

// Visible on screen: the item and all its parents.
bool shown(const QQuickItem* item) { return item && item->isVisible() && item->opacity() > 0.5; }

}  // namespace

class DisplayServerTest : public QObject {
  Q_OBJECT

 private slots:
  void callsOutageAndResync_data() {
    QTest::addColumn<DisplayLayout>("layout");
    QTest::addColumn<QSize>("size");
    QTest::newRow("landscape") << DisplayLayout::Landscape << QSize(1920, 1080);
    QTest::newRow("portrait") << DisplayLayout::Portrait << QSize(1080, 1920);
  }

  void callsOutageAndResync() {
    QFETCH(DisplayLayout, layout);
    QFETCH(QSize, size);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    TestServer server;
    server.start();
    DisplaySettings settings;
    settings.device.server = server.baseUrl();
    settings.device.token = server.enrollDevice(QStringLiteral("flur-1"), QStringLiteral("display"));
    settings.layout = layout;
    settings.fullScreen = false;
    settings.device.offlineAfterSeconds = 2;

    DisplayApp app(settings);
    app.window()->resize(size);
    app.show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    auto& display = app.controller();
    QTRY_COMPARE_WITH_TIMEOUT(display.officeName(), QStringLiteral("Bürgerbüro Löbau"), 5000);  // device token accepted
    QVERIFY(display.infoLine().startsWith(QStringLiteral("Bitte halten Sie")));
    // The clock is the office's (GET /api/v1/health), shown in Europe/Berlin although this process
    // runs in another zone (CTest: TZ=America/New_York).
    QTRY_VERIFY_WITH_TIMEOUT(display.officeClock().isSynced(), 5000);
    QCOMPARE(display.clockText(), civiq::qtclient::berlinTime(display.officeClock().now()).toString(QStringLiteral("HH:mm")));
    QTRY_COMPARE_WITH_TIMEOUT(display.feed().serviceLoads()->rowCount(), 6, 5000);
    QVERIFY(!display.offline());
    QCOMPARE(display.currentNumber(), QString());
    const QImage idle = screenshot(app, name + QStringLiteral("-idle"));
    QCOMPARE(idle.size(), size * app.window()->devicePixelRatio());

    // A call: on the model, in the QML, on the screen within a second, and announced.
    TestClerk clerk(server);
    QVERIFY(clerk.signIn());
    // The display reported itself at start: staff see it alive.
    QTRY_COMPARE_WITH_TIMEOUT(clerk.deviceStatus(QStringLiteral("flur-1")), QStringLiteral("ok"), 5000);
    QVERIFY(clerk.issue(1));
    QVERIFY(clerk.issue(3));
    QVERIFY(clerk.counter(1, QStringLiteral("open")));
    QSignalSpy announcing(&app.announcements(), &civiq::display::AnnouncementPlayer::announcing);
    QVERIFY(clerk.counter(1, QStringLiteral("call-next")));
    QTRY_COMPARE_WITH_TIMEOUT(display.currentNumber(), QStringLiteral("A001"), 1000);
    QCOMPARE(display.currentCounter(), QStringLiteral("Schalter 1"));
    QVERIFY(display.highlighted());
    QTRY_COMPARE_WITH_TIMEOUT(announcing.count(), 1, 1000);
    QCOMPARE(announcing.first().first().toString(), QStringLiteral("Nummer A 1, bitte zu Schalter 1"));
    QQuickItem* number = item(app, "callNumber");
    QVERIFY2(number, "the QML names the current call's number item objectName: \"callNumber\"");
    QTRY_COMPARE_WITH_TIMEOUT(number->property("text").toString(), QStringLiteral("A001"), 1000);
    QTRY_VERIFY_WITH_TIMEOUT(shown(number), 1000);  // it may fade in
    QTRY_COMPARE_WITH_TIMEOUT(number->opacity(), 1.0, 2000);  // the screenshot shows it settled
    const QImage called = screenshot(app, name + QStringLiteral("-call"));
    QVERIFY2(called != idle, "the screen changed with the call");
    QTRY_COMPARE_WITH_TIMEOUT(display.totalWaiting(), 1, 1000);

    // The server dies: after the tolerance the screen says so instead of showing stale calls.
    QQuickItem* notice = item(app, "offlineNotice");
    QVERIFY2(notice, "the QML names its offline notice objectName: \"offlineNotice\"");
    QVERIFY(!shown(notice));
    server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(display.offline(), 6000);
    QVERIFY2(!display.highlighted(), "a stale call must not look fresh");
    QTRY_VERIFY_WITH_TIMEOUT(shown(notice), 1000);
    QVERIFY(!display.offlineSinceText().isEmpty());
    screenshot(app, name + QStringLiteral("-offline"));

    // Back: the notice goes and the display shows what happened meanwhile.
    server.start();
    QVERIFY(clerk.counter(1, QStringLiteral("finish")));
    QVERIFY(clerk.counter(4, QStringLiteral("open")));
    QVERIFY(clerk.counter(4, QStringLiteral("call-next")));
    QTRY_VERIFY_WITH_TIMEOUT(!display.offline(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(display.currentNumber(), QStringLiteral("W001"), 3000);
    QCOMPARE(display.currentCounter(), QStringLiteral("Schalter 4"));
    QTRY_VERIFY_WITH_TIMEOUT(!shown(notice), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(display.totalWaiting(), 0, 1000);
  }
};

QTEST_MAIN(DisplayServerTest)
#include "display_server_test.moc"
