// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "event_stream.hpp"

#include <QLoggingCategory>

namespace civiq::qtclient {

Q_LOGGING_CATEGORY(lcEvents, "civiq.events")

EventStream::EventStream(BranchClient& client, QStringList topics, EventStreamOptions options, QObject* parent)
    : QObject(parent), client_(client), topics_(std::move(topics)), options_(options), backoff_(options.backoff) {
  reconnectTimer_.setSingleShot(true);
  offlineTimer_.setSingleShot(true);
  connect(&reconnectTimer_, &QTimer::timeout, this, &EventStream::open);
  connect(&offlineTimer_, &QTimer::timeout, this, [this] { setState(ConnectionState::Offline); });
  connect(&pingTimer_, &QTimer::timeout, this, &EventStream::checkAlive);
  connect(&socket_, &QWebSocket::connected, this, &EventStream::onConnected);
  connect(&socket_, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
  connect(&socket_, &QWebSocket::textMessageReceived, this, &EventStream::onText);
  connect(&socket_, &QWebSocket::pong, this, [this] { sinceLastPong_.start(); });
  // A failed attempt (refused, refused upgrade) may report only an error, a lost connection only a
  // disconnect, some cases both: onDisconnected() schedules at most one retry.
  connect(&socket_, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &EventStream::onDisconnected);  // errorOccurred from Qt 6.5
}

EventStream::~EventStream() {
  // The socket outlives the timers (member order) and reports its own closing: not to us anymore.
  socket_.disconnect(this);
  socket_.abort();
}

void EventStream::start() {
  if (running_) return;
  running_ = true;
  if (state_ == ConnectionState::SignedOut) setState(ConnectionState::Connecting);
  // A screen that never reached its server is just as stale as one that lost it.
  disconnectedSince_ = QDateTime::currentDateTimeUtc();
  offlineTimer_.start(options_.offlineAfter);
  open();
}

void EventStream::stop() {
  running_ = false;
  reconnectTimer_.stop();
  offlineTimer_.stop();
  pingTimer_.stop();
  socket_.abort();
}

void EventStream::open() {
  if (!running_) return;
  qCDebug(lcEvents) << "connecting to" << client_.eventsUrl(topics_).toString(QUrl::RemoveQuery);
  opened_ = false;
  socket_.open(client_.eventsRequest(topics_));
}

void EventStream::onConnected() {
  backoff_.reset();
  offlineTimer_.stop();
  disconnectedSince_ = {};
  opened_ = true;
  sinceLastPong_.start();
  pingTimer_.start(options_.pingInterval);
  setState(ConnectionState::Connected);
  emit connected();
}

void EventStream::onDisconnected() {
  pingTimer_.stop();
  if (!running_ || reconnectTimer_.isActive() || probing_) return;
  if (state_ == ConnectionState::Connected) {
    disconnectedSince_ = QDateTime::currentDateTimeUtc();
    offlineTimer_.start(options_.offlineAfter);
    setState(ConnectionState::Reconnecting);
  }
  if (opened_) return scheduleRetry();
  // The handshake failed: refused (401/403: stop) or unreachable (retry)? QWebSocket does not say.
  probing_ = true;
  client_.getOnce(BranchClient::eventsPath(topics_), this, [this](const HttpReply& reply) { onProbed(reply); });
}

void EventStream::onProbed(const HttpReply& reply) {
  probing_ = false;
  if (!running_) return;
  if (reply.status == 401 || reply.status == 403) {
    qCWarning(lcEvents) << "the server refused the credential:" << reply.status << reply.error;
    stop();
    setState(ConnectionState::SignedOut);
    emit refused(reply.error);
    return;
  }
  scheduleRetry();
}

void EventStream::scheduleRetry() {
  const auto delay = backoff_.next();
  qCInfo(lcEvents) << "disconnected:" << socket_.errorString() << "- retrying in" << delay.count() << "ms";
  reconnectTimer_.start(delay);
}

void EventStream::onText(const QString& text) {
  const QByteArray utf8 = text.toUtf8();
  const auto parsed = protocol::parse_frame(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
  if (!parsed.frame) {
    qCWarning(lcEvents) << "ignoring a frame:" << QString::fromStdString(parsed.error);
    return;
  }
  emit frameReceived(*parsed.frame);
}

void EventStream::checkAlive() {
  const auto silentFor = std::chrono::milliseconds(sinceLastPong_.elapsed());
  if (silentFor > options_.pongTimeout) {
    qCWarning(lcEvents) << "no pong for" << silentFor.count() << "ms: dropping the connection";
    socket_.abort();  // emits disconnected -> reconnect
    return;
  }
  socket_.ping();
}

void EventStream::setState(ConnectionState state) {
  if (state_ == state) return;
  state_ = state;
  emit stateChanged();
}

}  // namespace civiq::qtclient
