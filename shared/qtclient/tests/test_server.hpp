// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The real civiq-server for Qt tests: a temp database, the built-in Löbau demo branch on a free
// loopback port, users and devices made with the real civiq-admin. Binaries come from the
// environment (CIVIQ_SERVER, CIVIQ_ADMIN; set by CTest). A restart keeps the port, so clients can
// reconnect to the same URL. Thread rule: test thread only.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <chrono>
#include <functional>

#include "qtclient/branch_client.hpp"
#include "qtclient/event_stream.hpp"

namespace civiq::qtclient::testing {

class TestServer {
 public:
  TestServer();
  ~TestServer();

  // Starts the server (on the port of the previous run after a stop) and waits for it to listen.
  void start();
  void stop();  // SIGTERM, waits for the exit
  void kill();  // SIGKILL: a crash

  [[nodiscard]] quint16 port() const { return port_; }
  [[nodiscard]] QUrl baseUrl() const;
  [[nodiscard]] QString enrollDevice(const QString& name, const QString& kind);  // returns the token
  void addUser(const QString& name, const QString& role, const QString& password);
  // A new password, which also ends every session of the user (as an admin does after a leak).
  void resetPassword(const QString& name, const QString& password);
  [[nodiscard]] QString dir() const { return dir_.path(); }

 private:
  [[nodiscard]] QString admin(const QStringList& arguments, const QByteArray& input = {});

  QTemporaryDir dir_;
  QProcess process_;
  quint16 port_ = 0;
};

// Runs the event loop until `done` is called (the callback style of BranchClient made synchronous
// for test code). No answer within the timeout aborts the test process with a message.
void waitFor(const std::function<void(std::function<void()> done)>& start,
             std::chrono::milliseconds timeout = std::chrono::seconds(10));

// Runs the event loop until `done()` holds or the deadline passes; whether it came. For code that
// drives a whole app (the Qt benches, the kiosk's touch check) rather than one QTest case.
[[nodiscard]] bool waitUntil(const std::function<bool()>& done, int timeoutMs = 60'000);

// Stream options for tests that stop and start the server: offline after 1.5 s, reconnect tries
// from 200 ms (instead of the devices' defaults of several seconds).
[[nodiscard]] EventStreamOptions fastStreamOptions();

// A kiosk's or display's status report with its device token (POST /devices/self/status); true on 204.
[[nodiscard]] bool reportDeviceStatus(const TestServer& server, const QString& deviceToken,
                                      const protocol::DeviceStatusReport& report);

// Signs `client` in as `user`; true when the server accepted the password.
[[nodiscard]] bool signIn(BranchClient& client, const QString& user, const QString& password);

// A clerk's client at the test server: signs in (user "clerk", role clerk) and performs counter
// actions synchronously. Fails the current test (QVERIFY-style, via a returned bool) on errors.
class TestClerk {
 public:
  TestClerk(TestServer& server);
  bool signIn();
  bool counter(int counter, const QString& action, QString* error = nullptr);  // POST /counters/{id}/{action}
  bool issue(int service, QString* number = nullptr);                          // POST /tickets
  // A visit of several services, served in this order.
  bool issueVisit(const std::vector<int>& services, QString* number = nullptr);
  // The counter as GET /api/v1/counters shows it; nothing when unknown or on an error.
  std::optional<protocol::CounterView> counterView(int counter);
  // The status staff see for an enrolled device (GET /devices): "ok", "never_reported", …; "" if unlisted.
  QString deviceStatus(const QString& device);

 private:
  TestServer& server_;
  BranchClient client_;
};

}  // namespace civiq::qtclient::testing
