// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The events WebSocket of a branch server for a set of topics, kept alive: reconnects with backoff
// and jitter, pings to notice a server that vanished without closing, and reports a connection
// state (connected / reconnecting / offline since ...). The server sends a snapshot of every topic
// right after each (re)connect, so a subscriber that applies snapshot frames is always in sync.
// A refused handshake is told apart from an unreachable server by asking the same URL over plain
// HTTP (the server answers with the refusal the upgrade got): 401/403 ends the stream in SignedOut
// instead of retrying forever. Liveness (pong timeout) runs on the monotonic clock, so a device
// whose wall clock jumps at its first NTP sync neither drops a good connection nor keeps a dead one.
// Thread rule: lives on one thread (the GUI thread); signals are emitted there.
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QWebSocket>
#include <chrono>

#include "branch_client.hpp"
#include "connection_state.hpp"
#include "protocol/event_frame.hpp"
#include "reconnect_backoff.hpp"

namespace civiq::qtclient {

struct EventStreamOptions {
  std::chrono::milliseconds offlineAfter{5000};  // Reconnecting turns Offline after this long
  std::chrono::milliseconds pingInterval{5000};
  std::chrono::milliseconds pongTimeout{10000};  // no pong for this long: the connection is dead
  BackoffConfig backoff;
};

class EventStream : public QObject {
  Q_OBJECT
  Q_PROPERTY(civiq::qtclient::ConnectionState state READ state NOTIFY stateChanged)
  Q_PROPERTY(QDateTime disconnectedSince READ disconnectedSince NOTIFY stateChanged)

 public:
  EventStream(BranchClient& client, QStringList topics, EventStreamOptions options = {}, QObject* parent = nullptr);
  ~EventStream() override;

  // Connects and keeps connecting until stop() or a refusal (SignedOut); start() again after a new
  // sign-in.
  void start();
  void stop();

  [[nodiscard]] ConnectionState state() const { return state_; }
  // When the connection was lost (invalid while connected or before the first connection).
  [[nodiscard]] QDateTime disconnectedSince() const { return disconnectedSince_; }

 signals:
  void stateChanged();
  // The WebSocket is open again; snapshot frames of every topic follow.
  void connected();
  void frameReceived(const civiq::protocol::Frame& frame);
  // The server refused the credential for these topics (state is now SignedOut).
  void refused(const QString& message);

 private:
  void open();
  void onConnected();
  void onDisconnected();
  void scheduleRetry();
  void onProbed(const HttpReply& reply);
  void onText(const QString& text);
  void checkAlive();
  void setState(ConnectionState state);

  BranchClient& client_;
  QStringList topics_;
  EventStreamOptions options_;
  ReconnectBackoff backoff_;
  QWebSocket socket_;
  QTimer reconnectTimer_;
  QTimer offlineTimer_;
  QTimer pingTimer_;
  QElapsedTimer sinceLastPong_;  // monotonic
  QDateTime disconnectedSince_;  // for people ("offline since 14:03"), never for timing
  ConnectionState state_ = ConnectionState::Connecting;
  bool running_ = false;
  bool opened_ = false;   // this attempt's handshake succeeded
  bool probing_ = false;  // asking over HTTP why an attempt failed
};

}  // namespace civiq::qtclient
