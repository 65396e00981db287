// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The kit's calls, session and event stream against the real civiq-server: typed errors, action keys
// that make retries safe, retries across a server restart, callbacks that die with their receiver,
// a session that ends when the server revokes it, and a stream that stops (SignedOut) instead of
// retrying forever when its credential is refused.
#include <QSignalSpy>
#include <QTest>
#include <memory>

#include "qtclient/branch_api.hpp"
#include "qtclient/device_status_reporter.hpp"
#include "qtclient/event_stream.hpp"
#include "qtclient/session.hpp"
#include "test_server.hpp"

using namespace std::chrono_literals;
using civiq::domain::CounterId;
using civiq::domain::ServiceId;
using civiq::protocol::ErrorCode;
using civiq::qtclient::ActionKey;
using civiq::qtclient::BranchApi;
using civiq::qtclient::BranchClient;
using civiq::qtclient::ConnectionState;
using civiq::qtclient::CounterAction;
using civiq::qtclient::DeviceStatusReporter;
using civiq::qtclient::EventStream;
using civiq::qtclient::Session;
using civiq::qtclient::TypedReply;
using civiq::qtclient::testing::TestServer;
using civiq::qtclient::testing::waitFor;
namespace protocol = civiq::protocol;

namespace {

constexpr int kLive = 8000;  // ms: generous, the run shares 2 cores

template <class T, class Start>
TypedReply<T> await(Start start) {
  TypedReply<T> result;
  waitFor([&](auto done) {
    start([&, done](const TypedReply<T>& reply) {
      result = reply;
      done();
    });
  });
  return result;
}

protocol::IssueTicketRequest passport() { return {ServiceId{1}, std::nullopt, std::nullopt, std::nullopt}; }

}  // namespace

class KitCallsServerTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    server_.start();
    kioskToken_ = server_.enrollDevice(QStringLiteral("kiosk-test"), QStringLiteral("kiosk"));
    server_.addUser(QStringLiteral("anna"), QStringLiteral("clerk"), QStringLiteral("anna-test-pass"));
  }

  void anActionKeyMakesARetryReturnTheFirstResult() {
    BranchClient client(server_.baseUrl());
    client.setToken(kioskToken_);
    BranchApi api(client);
    const auto tap = ActionKey::make();
    const auto first = await<protocol::IssuedTicket>([&](auto done) { api.issueTicket(passport(), tap, this, done); });
    QVERIFY2(first.value, qPrintable(first.http.error));
    QVERIFY(!first.http.replayed);
    QVERIFY(first.http.eventSeq.has_value());
    const auto again = await<protocol::IssuedTicket>([&](auto done) { api.issueTicket(passport(), tap, this, done); });
    QVERIFY(again.value);
    QVERIFY(again.http.replayed);
    QCOMPARE(again.value->number, first.value->number);
    const auto nextTap =
        await<protocol::IssuedTicket>([&](auto done) { api.issueTicket(passport(), ActionKey::make(), this, done); });
    QVERIFY(nextTap.value);
    QVERIFY(nextTap.value->number != first.value->number);
    QVERIFY(*nextTap.http.eventSeq > *first.http.eventSeq);
  }

  void errorsArriveTyped() {
    BranchClient client(server_.baseUrl());
    BranchApi api(client);
    QVERIFY(await<protocol::LoginResponse>([&](auto done) {
              client.login(QStringLiteral("anna"), QStringLiteral("anna-test-pass"), this, done);
            }).value);
    const auto closed = await<protocol::CounterView>(
        [&](auto done) { api.counterAction(CounterId{1}, CounterAction::CallNext, ActionKey::make(), this, done); });
    QCOMPARE(closed.http.status, 409);
    QCOMPARE(closed.http.code, ErrorCode::CounterClosed);
    QVERIFY(!closed.value);
    const auto unknown = await<protocol::CounterView>(
        [&](auto done) { api.counterAction(CounterId{999}, CounterAction::Open, ActionKey::make(), this, done); });
    QCOMPARE(unknown.http.code, ErrorCode::UnknownCounter);
  }

  void aCallWhoseReceiverIsGoneIsNeverAnswered() {
    BranchClient client(server_.baseUrl());
    BranchApi api(client);
    bool deadCalled = false;
    auto dialog = std::make_unique<QObject>();
    api.health(dialog.get(), [&](const auto&) { deadCalled = true; });
    dialog.reset();  // the dialog closes before the answer
    // Answers to later calls on the same client arrive after the first one's (same connection,
    // HTTP/1.1 in order, or they come later anyway): by then the first must have been dropped.
    for (int i = 0; i < 3; ++i)
      QVERIFY(await<protocol::Health>([&](auto done) { api.health(this, done); }).value);
    QVERIFY(!deadCalled);
  }

  void aKeyedActionIsRetriedAcrossARestart() {
    BranchClient client(server_.baseUrl());
    client.setToken(kioskToken_);
    client.setRetryPolicy({20, 250ms});
    BranchApi api(client);
    server_.stop();
    bool restarted = false;
    connect(&client, &BranchClient::retrying, this, [&] {
      if (std::exchange(restarted, true)) return;
      server_.start();
    });
    const auto issued =
        await<protocol::IssuedTicket>([&](auto done) { api.issueTicket(passport(), ActionKey::make(), this, done); });
    QVERIFY(restarted);
    QVERIFY2(issued.value, qPrintable(issued.http.error));
    disconnect(&client, nullptr, this, nullptr);
  }

  void aPostWithoutKeyIsNotRetried() {
    BranchClient client(server_.baseUrl());
    BranchApi api(client);
    QSignalSpy retries(&client, &BranchClient::retrying);
    server_.stop();
    const auto login = await<protocol::LoginResponse>([&](auto done) {
      client.login(QStringLiteral("anna"), QStringLiteral("anna-test-pass"), this, done);
    });
    server_.start();
    QVERIFY(login.http.unreachable());
    QCOMPARE(retries.count(), 0);
  }

  void aSessionSignsInFailsAndEndsWhenRevoked() {
    BranchClient client(server_.baseUrl());
    BranchApi api(client);
    Session session(api);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn(QStringLiteral("anna"), QStringLiteral("wrong"));
    QVERIFY(failed.wait(kLive));
    QCOMPARE(session.lastError(), ErrorCode::InvalidCredentials);
    QVERIFY(!session.signedIn());

    QSignalSpy succeeded(&session, &Session::signInSucceeded);
    session.signIn(QStringLiteral("anna"), QStringLiteral("anna-test-pass"));
    QVERIFY(succeeded.wait(kLive));
    QVERIFY(session.signedIn());
    QCOMPARE(session.role(), QStringLiteral("clerk"));
    QVERIFY(session.remaining() > 11h);  // the server's 12 h, counted by the server's clock

    // Another client with the same token ends the session on the server (as an admin would).
    BranchClient other(server_.baseUrl());
    QVERIFY(client.hasToken());
    const QByteArray token = client.eventsRequest({}).rawHeader("Authorization").mid(7);
    other.setToken(QString::fromUtf8(token));
    BranchApi otherApi(other);
    QVERIFY(await<protocol::NoBody>([&](auto done) { otherApi.logout(this, done); }).http.ok());

    QSignalSpy ended(&session, &Session::ended);
    const auto refused = await<protocol::QueueView>([&](auto done) { api.queue(this, done); });
    QCOMPARE(refused.http.code, ErrorCode::Unauthorized);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<Session::EndReason>(), Session::EndReason::Revoked);
    QVERIFY(!session.signedIn());
    QVERIFY(!client.hasToken());
  }

  void aStreamWhoseCredentialIsRefusedStopsSignedOut() {
    BranchClient anonymous(server_.baseUrl());
    EventStream refusedStream(anonymous, {QStringLiteral("queue")});
    QSignalSpy refused(&refusedStream, &EventStream::refused);
    refusedStream.start();
    QVERIFY(refused.wait(kLive));
    QCOMPARE(refusedStream.state(), ConnectionState::SignedOut);

    BranchClient kiosk(server_.baseUrl());
    kiosk.setToken(kioskToken_);
    EventStream forbidden(kiosk, {QStringLiteral("counters")});
    QSignalSpy forbiddenSpy(&forbidden, &EventStream::refused);
    forbidden.start();
    QVERIFY(forbiddenSpy.wait(kLive));
    QCOMPARE(forbidden.state(), ConnectionState::SignedOut);

    // The same client signs in and starts again: now it connects.
    BranchClient clerk(server_.baseUrl());
    QVERIFY(await<protocol::LoginResponse>([&](auto done) {
              clerk.login(QStringLiteral("anna"), QStringLiteral("anna-test-pass"), this, done);
            }).value);
    EventStream allowed(clerk, {QStringLiteral("queue")});
    QSignalSpy connected(&allowed, &EventStream::connected);
    allowed.start();
    QVERIFY(connected.wait(kLive));
    QCOMPARE(allowed.state(), ConnectionState::Connected);
  }

 void aDeviceReportReachesStaffAndNewFactsFollowTheOneOnItsWay() {
    BranchClient kiosk(server_.baseUrl());
    kiosk.setToken(kioskToken_);
    BranchApi kioskApi(kiosk);
    DeviceStatusReporter reporter(kioskApi, QStringLiteral("1.4.0-test"), 30s);
    QSignalSpy reported(&reporter, &DeviceStatusReporter::reported);
    reporter.start();
    QVERIFY(reported.wait(kLive));

    BranchClient clerk(server_.baseUrl());
    QVERIFY(civiq::qtclient::testing::signIn(clerk, QStringLiteral("anna"), QStringLiteral("anna-test-pass")));
    BranchApi clerkApi(clerk);
    auto kioskHealth = [&] {
      const auto list = await<protocol::DeviceHealthList>([&](auto done) { clerkApi.devices(this, done); });
      for (const auto& device : list.value.value_or(protocol::DeviceHealthList{}).devices)
        if (device.name == "kiosk-test") return device;
      return protocol::DeviceHealth{};
    };
    auto health = kioskHealth();
    QCOMPARE(health.status, std::string("ok"));
    QCOMPARE(health.app_version, std::optional<std::string>("1.4.0-test"));

    // Paper runs low while the next report is already on its way: it follows right after.
    reporter.reportNow();
    protocol::PrinterStatus printer{"idle", true, {"media-low-warning"}, true, 12};
    reporter.setPrinter(printer);
    // A long message in a language with two-byte letters is cut to what the branch takes.
    reporter.setLastError(QString(400, QChar(0x00e4)));
    reporter.reportNow();
    QTRY_COMPARE_WITH_TIMEOUT(reported.count(), 3, kLive);
    health = kioskHealth();
    QCOMPARE(health.status, std::string("attention"));
    QCOMPARE(health.problems, std::vector<std::string>{"paper_low"});
    QCOMPARE(health.paper_left_tickets, std::optional<std::int64_t>(12));
    QVERIFY(health.last_error && health.last_error->size() == 300);

    // A clerk is no device: the branch refuses, the reporter says so.
    DeviceStatusReporter wrongCredential(clerkApi, QStringLiteral("1.4.0-test"));
    QSignalSpy failed(&wrongCredential, &DeviceStatusReporter::reportFailed);
    wrongCredential.reportNow();
    QVERIFY(failed.wait(kLive));
  }

 private:
  TestServer server_;
  QString kioskToken_;
};

QTEST_GUILESS_MAIN(KitCallsServerTest)
#include "kit_calls_server_test.moc"
