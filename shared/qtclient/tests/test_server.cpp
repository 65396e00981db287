// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "test_server.hpp"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>
#include <stdexcept>

#include "qtclient/branch_api.hpp"

namespace civiq::qtclient::testing {
namespace {

constexpr auto kStartTimeout = std::chrono::seconds(30);

QString binary(const char* variable) {
  const QString path = qEnvironmentVariable(variable);
  if (path.isEmpty()) throw std::runtime_error(std::string(variable) + " is not set (CTest sets it)");
  return path;
}

}  // namespace

TestServer::TestServer() {
  if (!dir_.isValid()) throw std::runtime_error("no temp dir");
  process_.setWorkingDirectory(dir_.path());
  process_.setProcessChannelMode(QProcess::SeparateChannels);
  process_.setStandardErrorFile(dir_.filePath(QStringLiteral("server.stderr.log")), QIODevice::Append);
}

TestServer::~TestServer() {
  stop();
}

QUrl TestServer::baseUrl() const {
  return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port_));
}

void TestServer::start() {
  const QString listen = QStringLiteral("127.0.0.1:%1").arg(port_);
  process_.start(binary("CIVIQ_SERVER"), {QStringLiteral("--demo"), QStringLiteral("--listen"), listen,
                                          QStringLiteral("--db"), dir_.filePath(QStringLiteral("civiq.db"))});
  if (!process_.waitForStarted()) throw std::runtime_error("civiq-server did not start");
  static const QRegularExpression listening(QStringLiteral("^civiq-server listening on http://127\\.0\\.0\\.1:(\\d+)"));
  const QDeadlineTimer deadline(kStartTimeout);
  while (!deadline.hasExpired()) {
    while (process_.canReadLine()) {
      const auto match = listening.match(QString::fromUtf8(process_.readLine()));
      if (match.hasMatch()) {
        port_ = static_cast<quint16>(match.captured(1).toUInt());
        // The rest of its output goes nowhere: a chatty server must never block on a full pipe.
        process_.setReadChannel(QProcess::StandardOutput);
        QObject::connect(&process_, &QProcess::readyReadStandardOutput, &process_,
                         [this] { process_.readAllStandardOutput(); });
        return;
      }
    }
    if (process_.state() != QProcess::Running) break;
    process_.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
  }
  throw std::runtime_error("civiq-server never printed its listening line (see server.stderr.log in " +
                           dir_.path().toStdString() + ")");
}

void TestServer::stop() {
  if (process_.state() == QProcess::NotRunning) return;
  QObject::disconnect(&process_, &QProcess::readyReadStandardOutput, nullptr, nullptr);
  process_.terminate();
  if (!process_.waitForFinished(10000)) kill();
}

void TestServer::kill() {
  if (process_.state() == QProcess::NotRunning) return;
  QObject::disconnect(&process_, &QProcess::readyReadStandardOutput, nullptr, nullptr);
  process_.kill();
  process_.waitForFinished(10000);
}

QString TestServer::admin(const QStringList& arguments, const QByteArray& input) {
  QProcess admin;
  admin.start(binary("CIVIQ_ADMIN"),
              QStringList{QStringLiteral("--db"), dir_.filePath(QStringLiteral("civiq.db"))} + arguments);
  admin.write(input);
  admin.closeWriteChannel();
  if (!admin.waitForFinished(30000) || admin.exitCode() != 0)
    throw std::runtime_error("civiq-admin " + arguments.join(' ').toStdString() +
                             " failed: " + admin.readAllStandardError().toStdString());
  return QString::fromUtf8(admin.readAllStandardOutput()).trimmed();
}

QString TestServer::enrollDevice(const QString& name, const QString& kind) {
  return admin({QStringLiteral("device"), QStringLiteral("enroll"), name, QStringLiteral("--kind"), kind});
}

void TestServer::addUser(const QString& name, const QString& role, const QString& password) {
  (void)admin({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role},
              password.toUtf8() + '\n');
}

void TestServer::resetPassword(const QString& name, const QString& password) {
  (void)admin({QStringLiteral("user"), QStringLiteral("reset-password"), name}, password.toUtf8() + '\n');
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
  const QDeadlineTimer deadline(timeoutMs);
  while (!done()) {
    if (deadline.hasExpired()) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  }
  return true;
}

EventStreamOptions fastStreamOptions() {
  EventStreamOptions options;
  options.offlineAfter = std::chrono::milliseconds(1500);
  options.backoff = {std::chrono::milliseconds(200), std::chrono::milliseconds(1000), 2.0, 0.5};
  return options;
}

bool reportDeviceStatus(const TestServer& server, const QString& deviceToken,
                        const protocol::DeviceStatusReport& report) {
  BranchClient device(server.baseUrl());
  device.setToken(deviceToken);
  BranchApi api(device);
  bool ok = false;
  waitFor([&](auto done) {
    api.reportStatus(report, nullptr, [&, done](const TypedReply<protocol::NoBody>& reply) {
      ok = reply.http.ok();
      done();
    });
  });
  return ok;
}

bool signIn(BranchClient& client, const QString& user, const QString& password) {
  bool ok = false;
  waitFor([&](auto done) {
    client.login(user, password, nullptr, [&, done](const auto& reply) {
      ok = reply.value.has_value();
      done();
    });
  });
  return ok;
}

void waitFor(const std::function<void(std::function<void()> done)>& start, std::chrono::milliseconds timeout) {
  QEventLoop loop;
  bool called = false;
  QTimer timer;
  timer.setSingleShot(true);
  QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
  start([&] {
    called = true;
    loop.quit();
  });
  if (!called) {
    timer.start(timeout);
    loop.exec();
  }
  // The callback still holds references into this frame and its caller's: if it came late, it
  // would write into a dead stack. A local server that does not answer at all is a broken test run.
  if (!called) qFatal("no answer from the test server within %lld ms", static_cast<long long>(timeout.count()));
}

TestClerk::TestClerk(TestServer& server) : server_(server), client_(server.baseUrl()) {}

bool TestClerk::signIn() {
  server_.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"), QStringLiteral("clerk-test-pass"));
  bool ok = false;
  waitFor([&](auto done) {
    client_.login(QStringLiteral("clerk"), QStringLiteral("clerk-test-pass"), nullptr, [&, done](const auto& reply) {
      ok = reply.value.has_value();
      done();
    });
  });
  return ok;
}

bool TestClerk::counter(int counter, const QString& action, QString* error) {
  HttpReply result;
  waitFor([&](auto done) {
    client_.post(QStringLiteral("/api/v1/counters/%1/%2").arg(counter).arg(action), {}, std::nullopt, nullptr,
                 [&, done](const HttpReply& reply) {
                   result = reply;
                   done();
                 });
  });
  if (error) *error = result.error;
  return result.ok();
}

bool TestClerk::issue(int service, QString* number) {
  return issueVisit({service}, number);
}

bool TestClerk::issueVisit(const std::vector<int>& services, QString* number) {
  protocol::IssueTicketRequest request{domain::ServiceId{services.at(0)}, {}, {}, {}};
  if (services.size() > 1) {
    request.additional_service_ids.emplace();
    for (std::size_t i = 1; i < services.size(); ++i) request.additional_service_ids->push_back(domain::ServiceId{services[i]});
  }
  TypedReply<protocol::IssuedTicket> result;
  waitFor([&](auto done) {
    client_.postAs<protocol::IssuedTicket>(QStringLiteral("/api/v1/tickets"), request,
                                           std::nullopt, nullptr, [&, done](const auto& reply) {
                                             result = reply;
                                             done();
                                           });
  });
  if (result.value && number) *number = QString::fromStdString(result.value->number);
  return result.value.has_value();
}

std::optional<protocol::CounterView> TestClerk::counterView(int counter) {
  std::optional<protocol::CounterView> found;
  waitFor([&](auto done) {
    client_.getAs<protocol::CounterList>(QStringLiteral("/api/v1/counters"), nullptr, [&, done](const auto& reply) {
      for (const auto& view : reply.value.value_or(protocol::CounterList{}).counters)
        if (view.id.value == counter) found = view;
      done();
    });
  });
  return found;
}

QString TestClerk::deviceStatus(const QString& device) {
  QString status;
  waitFor([&](auto done) {
    client_.getAs<protocol::DeviceHealthList>(QStringLiteral("/api/v1/devices"), nullptr,
                                              [&, done](const auto& reply) {
                                                for (const auto& health : reply.value.value_or(
                                                         protocol::DeviceHealthList{}).devices)
                                                  if (QString::fromStdString(health.name) == device)
                                                    status = QString::fromStdString(health.status);
                                                done();
                                              });
  });
  return status;
}

}  // namespace civiq::qtclient::testing
