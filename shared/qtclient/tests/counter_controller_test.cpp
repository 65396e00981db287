// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// CounterController without a branch server: the state a counter view means, which actions it
// offers in each state, newest-view-wins by event sequence, the recall countdown, and the key of an
// action whose reply was lost (a loopback socket that takes requests and never answers) reused when
// the clerk tries the same action again — and not after the counter moved on.
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "qtclient/counter_controller.hpp"

using civiq::domain::CounterId;
using civiq::domain::TicketId;
using civiq::qtclient::BranchApi;
using civiq::qtclient::BranchClient;
using civiq::qtclient::CounterController;
using civiq::qtclient::StaffFeed;
using Action = civiq::qtclient::CounterController::Action;
using State = civiq::qtclient::CounterController::State;
namespace protocol = civiq::protocol;
using namespace std::chrono_literals;

namespace {

const QString kClerk = QStringLiteral("meier");

protocol::CounterView counterView(bool open, std::optional<std::string> clerk, std::optional<std::string> status,
                                  std::optional<std::int64_t> recallIn = std::nullopt) {
  protocol::CounterView view;
  view.id = CounterId{1};
  view.name = "Schalter 1";
  view.open = open;
  view.clerk = std::move(clerk);
  if (status) {
    protocol::QueueEntry ticket;
    ticket.id = TicketId{7};
    ticket.number = "A007";
    ticket.status = *status;
    view.current = ticket;
    view.recall_in_s = recallIn;
  }
  return view;
}

// A loopback server that reads each request's Idempotency-Key and drops the connection unanswered:
// the network losing the reply.
class Blackhole : public QObject {
 public:
  Blackhole() {
    server_.listen(QHostAddress::LocalHost);
    connect(&server_, &QTcpServer::newConnection, this, [this] {
      while (QTcpSocket* socket = server_.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
          const QByteArray request = socket->readAll();
          for (const QByteArray& line : request.split('\n'))
            if (line.toLower().startsWith("idempotency-key:")) keys << line.mid(16).trimmed();
          socket->abort();
          socket->deleteLater();
        });
      }
    });
  }
  [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server_.serverPort())); }
  QByteArrayList keys;

 private:
  QTcpServer server_;
};

}  // namespace

class CounterControllerTest : public QObject {
  Q_OBJECT

 private slots:
  void stateOfAView_data() {
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("clerk");
    QTest::addColumn<QString>("status");
    QTest::addColumn<State>("state");
    QTest::newRow("closed") << false << QString() << QString() << State::Closed;
    QTest::newRow("someone else's") << true << QStringLiteral("schulze") << QString() << State::Occupied;
    QTest::newRow("someone else's, busy")
        << true << QStringLiteral("schulze") << QStringLiteral("serving") << State::Occupied;
    QTest::newRow("idle") << true << kClerk << QString() << State::Idle;
    QTest::newRow("called") << true << kClerk << QStringLiteral("called") << State::Called;
    QTest::newRow("serving") << true << kClerk << QStringLiteral("serving") << State::Serving;
  }
  void stateOfAView() {
    QFETCH(bool, open);
    QFETCH(QString, clerk);
    QFETCH(QString, status);
    QFETCH(State, state);
    const auto view = counterView(open, clerk.isEmpty() ? std::nullopt : std::optional(clerk.toStdString()),
                                  status.isEmpty() ? std::nullopt : std::optional(status.toStdString()));
    QCOMPARE(CounterController::stateOf(view, kClerk), state);
  }

  void offersWhatMakesSenseInEachState() {
    BranchClient client(QUrl(QStringLiteral("http://127.0.0.1:9")));
    BranchApi api(client);
    StaffFeed feed(client);
    CounterController counter(api, feed, CounterId{1}, kClerk);
    const auto offered = [&] {
      QList<Action> actions;
      for (Action a : {Action::Open, Action::Close, Action::CallNext, Action::CallTicket, Action::Reactivate,
                       Action::Recall, Action::Start, Action::Finish, Action::FinishNotServed, Action::NoShow,
                       Action::Park, Action::Transfer, Action::StartBreak, Action::EndBreak})
        if (counter.can(a)) actions << a;
      return actions;
    };
    QCOMPARE(counter.state(), State::Unknown);
    QCOMPARE(offered(), QList<Action>{});

    std::int64_t seq = 1;
    counter.applyView(counterView(false, std::nullopt, std::nullopt), seq++);
    QCOMPARE(offered(), QList<Action>{Action::Open});
    counter.applyView(counterView(true, "schulze", std::nullopt), seq++);
    QCOMPARE(counter.occupiedBy(), QStringLiteral("schulze"));
    QCOMPARE(offered(), QList<Action>{});
    counter.applyView(counterView(true, kClerk.toStdString(), std::nullopt), seq++);
    QCOMPARE(offered(), (QList<Action>{Action::Close, Action::CallNext, Action::CallTicket, Action::Reactivate,
                                       Action::StartBreak}));
    counter.applyView(counterView(true, kClerk.toStdString(), "called", 0), seq++);
    QCOMPARE(counter.ticketNumber(), QStringLiteral("A007"));
    QCOMPARE(offered(), (QList<Action>{Action::Reactivate, Action::Recall, Action::Start, Action::Finish,
                                       Action::FinishNotServed, Action::NoShow, Action::Park, Action::Transfer}));
    counter.applyView(counterView(true, kClerk.toStdString(), "called", 30), seq++);
    QVERIFY(!counter.can(Action::Recall));  // cooling down
    counter.applyView(counterView(true, kClerk.toStdString(), "serving"), seq++);
    QCOMPARE(offered(), (QList<Action>{Action::Reactivate, Action::Finish, Action::FinishNotServed, Action::Park,
                                       Action::Transfer}));
    auto onBreak = counterView(true, kClerk.toStdString(), std::nullopt);
    onBreak.break_since = civiq::domain::TimePoint{};
    onBreak.break_reason = "lunch";
    counter.applyView(onBreak, seq++);
    QCOMPARE(counter.state(), State::OnBreak);
    QCOMPARE(offered(), (QList<Action>{Action::Close, Action::EndBreak}));
  }

  void newestViewWins() {
    BranchClient client(QUrl(QStringLiteral("http://127.0.0.1:9")));
    BranchApi api(client);
    StaffFeed feed(client);
    CounterController counter(api, feed, CounterId{1}, kClerk);
    QSignalSpy changed(&counter, &CounterController::changed);
    QVERIFY(counter.applyView(counterView(true, kClerk.toStdString(), "serving"), 20));
    QVERIFY(!counter.applyView(counterView(true, kClerk.toStdString(), "called"), 19));  // older: a late frame
    QCOMPARE(counter.state(), State::Serving);
    QVERIFY(counter.applyView(counterView(true, kClerk.toStdString(), std::nullopt), 21));
    QCOMPARE(counter.state(), State::Idle);
    auto other = counterView(true, kClerk.toStdString(), std::nullopt);
    other.id = CounterId{2};
    QVERIFY(!counter.applyView(other, 30));  // another counter's view
    QCOMPARE(changed.count(), 2);
  }

  void recallCountsDownOnTheMonotonicClock() {
    BranchClient client(QUrl(QStringLiteral("http://127.0.0.1:9")));
    BranchApi api(client);
    StaffFeed feed(client);
    CounterController counter(api, feed, CounterId{1}, kClerk);
    QSignalSpy ticks(&counter, &CounterController::recallCountdownChanged);
    counter.applyView(counterView(true, kClerk.toStdString(), "called", 2), 1);
    QCOMPARE(counter.recallInSeconds(), 2);
    QVERIFY(!counter.can(Action::Recall));
    QTRY_VERIFY_WITH_TIMEOUT(counter.can(Action::Recall), 4000);
    QCOMPARE(counter.recallInSeconds(), 0);
    QVERIFY(ticks.count() >= 2);  // the view, then the tick that reached 0
  }

  void aLostReplyIsRetriedUnderItsKeyUntilTheCounterMovesOn() {
    Blackhole server;
    BranchClient client(server.url());
    client.setRetryPolicy({2, 10ms});
    BranchApi api(client);
    StaffFeed feed(client);
    CounterController counter(api, feed, CounterId{1}, kClerk);
    QSignalSpy failed(&counter, &CounterController::actionFailed);
    counter.applyView(counterView(true, kClerk.toStdString(), std::nullopt), 5);

    // Qt's HTTP stack may itself send a request once more when the connection closes unanswered:
    // the number of attempts varies, their key must not.
    const auto keysSince = [&](qsizetype from) { return server.keys.mid(from); };
    counter.callNext();
    QVERIFY(counter.busy());
    counter.callNext();  // a double click while the first is on its way: ignored
    QVERIFY(failed.wait(5000));
    QVERIFY(!counter.busy());
    QVERIFY(!counter.lastError().isEmpty());
    QVERIFY(server.keys.size() >= 2);  // the retry policy's two attempts, at least
    const QByteArray first = server.keys.front();
    for (const QByteArray& key : server.keys) QCOMPARE(key, first);  // one click, one key

    qsizetype sent = server.keys.size();
    counter.callNext();  // the clerk tries again: it may have been done, so the same key
    QVERIFY(failed.wait(5000));
    QVERIFY(server.keys.size() > sent);
    for (const QByteArray& key : keysSince(sent)) QCOMPARE(key, first);

    counter.applyView(counterView(true, kClerk.toStdString(), std::nullopt), 6);  // the counter moved on
    sent = server.keys.size();
    counter.callNext();
    QVERIFY(failed.wait(5000));
    QVERIFY(server.keys.size() > sent);
    for (const QByteArray& key : keysSince(sent)) QVERIFY(key != first);
  }
};

QTEST_GUILESS_MAIN(CounterControllerTest)
#include "counter_controller_test.moc"
