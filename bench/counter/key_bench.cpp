// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq-counter-key-bench: how long after a clerk's key press the wall display knows the call
// (issue #14). Run by bench/counter-key:  civiq-counter-key-bench CALLS OUT.json
// It starts the real civiq-server (CIVIQ_SERVER, CIVIQ_ADMIN; TestServer) and the real counter client
// offscreen, signed in at counter 1, and beside it the display's part of the kit: a CallsFeed on the
// public `calls` topic, as civiq-display has it. CALLS times: a citizen draws a ticket (not timed);
// once the counter offers "call next", F2 is pressed in the window, and the clock stops when the
// display's feed has the call in its model (CallsFeed::called); F5 finishes the visit. Taking turns
// with it, in the same run, the physical limit of the path: the bare call-next request (the kit's
// BranchApi, no window, no key) until the same feed has the call. Results (milliseconds, every sample) go to
// OUT.json; bench/counter-key summarises them.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cstdio>

#include "counter_app.hpp"
#include "counter_test_support.hpp"
#include "qtclient/branch_api.hpp"
#include "qtclient/calls_feed.hpp"
#include "test_server.hpp"

using civiq::counter::CounterApp;
using civiq::qtclient::testing::waitUntil;
using State = civiq::qtclient::CounterController::State;
using Action = civiq::qtclient::CounterController::Action;

namespace {

constexpr int kCounter = 1;
constexpr int kService = 1;  // served at counter 1
const QString kClerk = QStringLiteral("meier");
const QString kPassword = QStringLiteral("meier-bench-pass");

[[noreturn]] void fail(const char* why) {
  std::fprintf(stderr, "civiq-counter-key-bench: %s\n", why);
  std::exit(1);
}

QJsonArray array(const std::vector<double>& values) {
  QJsonArray out;
  for (const double v : values) out.append(v);
  return out;
}

// Measures from `act` until the display's feed reports the call of `number`.
double untilDisplayed(civiq::qtclient::CallsFeed& display, const QString& number, const std::function<void()>& act) {
  QElapsedTimer clock;
  qint64 shownAt = -1;
  const auto seen = QObject::connect(&display, &civiq::qtclient::CallsFeed::called,
                                     [&](const civiq::protocol::CallNotice& call) {
                                       if (QString::fromStdString(call.number) == number) shownAt = clock.nsecsElapsed();
                                     });
  clock.start();
  act();
  if (!waitUntil([&] { return shownAt >= 0; }, 10'000)) fail("the display never got the call");
  QObject::disconnect(seen);
  return static_cast<double>(shownAt) / 1e6;
}

}  // namespace

int main(int argc, char* argv[]) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const QStringList arguments = QApplication::arguments();
  if (arguments.size() != 3) fail("usage: civiq-counter-key-bench CALLS OUT.json");
  const int calls = arguments.at(1).toInt();
  if (calls < 1) fail("CALLS must be at least 1");

  civiq::qtclient::testing::TestServer server;
  server.start();
  server.addUser(kClerk, QStringLiteral("clerk"), kPassword);
  civiq::qtclient::testing::TestClerk kiosk(server);  // draws the citizens' tickets
  if (!kiosk.signIn()) fail("the ticket-drawing clerk cannot sign in");

  civiq::qtclient::BranchClient displayClient(server.baseUrl());
  civiq::qtclient::CallsFeed display(displayClient, QStringLiteral("de"), {}, 8);
  display.start();
  if (!waitUntil([&] { return display.stream()->state() == civiq::qtclient::ConnectionState::Connected; }))
    fail("the display's feed never connected");

  CounterApp counter(civiq::counter::testing::settingsFor(server, kCounter));
  counter.start();
  civiq::counter::testing::signIn(counter, kClerk, kPassword);
  if (!waitUntil([&] { return counter.window() && counter.counter()->state() == State::Idle; }))
    fail("the counter client never took the desk");
  auto* window = counter.window();
  window->resize(1280, 720);
  window->activateWindow();
  if (!QTest::qWaitForWindowActive(window)) fail("the counter window never became active");

  // The path alone: the same call as a bare request of the same clerk at the same counter.
  civiq::qtclient::BranchClient clerkClient(server.baseUrl());
  if (!civiq::qtclient::testing::signIn(clerkClient, kClerk, kPassword)) fail("the bare client cannot sign in");
  civiq::qtclient::BranchApi api(clerkClient);
  const civiq::domain::CounterId counterId{kCounter};
  const auto send = [&](civiq::qtclient::CounterAction action, bool& answered) {
    api.counterAction(counterId, action, civiq::qtclient::ActionKey::make(), &app, [&answered](const auto& reply) {
      if (!reply.http.ok()) fail("a bare counter action failed");
      answered = true;
    });
  };

  // Key and bare calls take turns, so that both see the same queue, the same database and the same
  // neighbours on the machine.
  std::vector<double> keyToDisplay, bareCall;
  for (int i = 0; i < calls; ++i) {
    QString number;
    if (!kiosk.issue(kService, &number)) fail("no ticket");
    if (!waitUntil([&] { return counter.counter()->can(Action::CallNext); })) fail("call next never offered");
    keyToDisplay.push_back(untilDisplayed(display, number, [&] { QTest::keyClick(window, Qt::Key_F2); }));
    if (!waitUntil([&] { return counter.counter()->can(Action::Finish); })) fail("finish never offered");
    QTest::keyClick(window, Qt::Key_F5);
    if (!waitUntil([&] { return counter.counter()->state() == State::Idle; })) fail("the visit never ended");

    if (!kiosk.issue(kService, &number)) fail("no ticket");
    if (!waitUntil([&] { return counter.counter()->can(Action::CallNext); })) fail("call next never offered");
    bool called = false, finished = false;
    bareCall.push_back(
        untilDisplayed(display, number, [&] { send(civiq::qtclient::CounterAction::CallNext, called); }));
    if (!waitUntil([&] { return called; })) fail("the bare call-next got no answer");
    send(civiq::qtclient::CounterAction::Finish, finished);
    if (!waitUntil([&] { return finished && counter.counter()->state() == State::Idle; }))
      fail("the bare finish got no answer");
  }

  QFile file(arguments.at(2));
  if (!file.open(QIODevice::WriteOnly)) fail("cannot write the results");
  file.write(QJsonDocument(QJsonObject{{"calls", calls},
                                       {"key_to_display_ms", array(keyToDisplay)},
                                       {"bare_call_to_display_ms", array(bareCall)}})
                 .toJson());
  return 0;
}
