// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// HTTP access to one branch server: the base URL, the credential (an enrolled device's token or a
// clerk's session from login) and requests whose bodies are the protocol's messages. Replies carry
// the typed error code, the office's event sequence (Event-Seq) and whether a retry was replayed.
// Calls are bound to a receiver QObject (the idiom of QTimer::singleShot(ms, context, functor)): when
// the receiver is gone, e.g. a closed dialog, its callback is not called. State-changing calls carry
// the ActionKey of the user action; they and plain reads are retried after a lost connection or a
// `503 busy` with the same key, so a retry never does anything twice.
// Thread rule: lives on one thread (the GUI thread); callbacks run there.
#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "action_key.hpp"
#include "protocol/error_code.hpp"
#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

struct HttpReply {
  int status = 0;           // 0: no HTTP answer at all (refused, timeout)
  QByteArray body;
  QString error;            // for people: the server's message or the network error
  protocol::ErrorCode code = protocol::ErrorCode::Unknown;  // the protocol's code; Unknown without one
  std::optional<domain::TimePoint> at;  // the moment a refusal names (ErrorBody::at, v1.3)
  std::optional<std::int64_t> eventSeq;  // Event-Seq: the office's event sequence when it answered
  bool replayed = false;    // a retried action that the server had already carried out
  [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
  [[nodiscard]] bool unreachable() const { return status == 0; }
};

template <class T>
struct TypedReply {
  HttpReply http;
  std::optional<T> value;  // set when the reply was a success with a body that decoded as T
};

// How often a call is tried when the server cannot be reached or is busy (503). Retried: reads and
// calls with an ActionKey; never a call whose repetition could do something twice.
struct RetryPolicy {
  int attempts = 3;                           // in all, the first one included
  std::chrono::milliseconds delay{700};       // before a retry, unless the server says Retry-After
};

class BranchClient : public QObject {
  Q_OBJECT

 public:
  using Done = std::function<void(const HttpReply&)>;

  explicit BranchClient(QUrl baseUrl, QObject* parent = nullptr);

  [[nodiscard]] QUrl baseUrl() const { return baseUrl_; }
  // An enrolled device's token (kiosk, display) or a clerk's session token; empty: none.
  void setToken(const QString& token) { token_ = token; }
  [[nodiscard]] bool hasToken() const { return !token_.isEmpty(); }
  // Requests give up after this long (a dead server must not hang a screen).
  void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
  void setRetryPolicy(RetryPolicy policy) { retry_ = policy; }

  // Signs a clerk in; on success the session token is used for every later request.
  void login(const QString& user, const QString& password, QObject* receiver,
             std::function<void(const TypedReply<protocol::LoginResponse>&)> done);

  // `receiver`: the callback runs only while it lives (nullptr: while this client lives).
  void get(const QString& path, QObject* receiver, Done done);
  // One attempt only: for checks whose caller has its own retry schedule.
  void getOnce(const QString& path, QObject* receiver, Done done);
  // `action`: the user action this call belongs to (sent as Idempotency-Key), or nullopt for a call
  // that must not be retried.
  void post(const QString& path, const QByteArray& json, std::optional<ActionKey> action, QObject* receiver,
            Done done);

  template <class T>
  void getAs(const QString& path, QObject* receiver, std::function<void(const TypedReply<T>&)> done) {
    get(path, receiver, [done = std::move(done)](const HttpReply& reply) { done(decodeReply<T>(reply)); });
  }
  template <class T, class Body>
  void postAs(const QString& path, const Body& body, std::optional<ActionKey> action, QObject* receiver,
              std::function<void(const TypedReply<T>&)> done) {
    post(path, QByteArray::fromStdString(protocol::to_request_json(body)), std::move(action), receiver,
         [done = std::move(done)](const HttpReply& reply) { done(decodeReply<T>(reply)); });
  }

  // Path and query of the events stream for these topics, relative to the base URL.
  [[nodiscard]] static QString eventsPath(const QStringList& topics);
  // ws:// or wss:// URL of the events stream for these topics.
  [[nodiscard]] QUrl eventsUrl(const QStringList& topics) const;
  // The request that opens the events WebSocket: URL plus credential header.
  [[nodiscard]] QNetworkRequest eventsRequest(const QStringList& topics) const;

  template <class T>
  static TypedReply<T> decodeReply(const HttpReply& reply) {
    TypedReply<T> typed{reply, std::nullopt};
    if (!reply.ok() || reply.status == 204) return typed;
    auto decoded = protocol::read_reply<T>(std::string_view(reply.body.constData(), static_cast<std::size_t>(reply.body.size())));
    if (decoded) typed.value = std::move(decoded.value);
    else typed.http.error = QStringLiteral("unexpected reply: ") + QString::fromStdString(decoded.error);
    return typed;
  }

 signals:
  // A request made with a token was answered 401: the session ended or the device was revoked.
  void unauthorized();
  // A call is tried again after `delay` (attempt counts from 2). For "still trying…" hints and tests.
  void retrying(int attempt, std::chrono::milliseconds delay);

 private:
  struct Call;
  void send(std::shared_ptr<Call> call);
  void finish(std::shared_ptr<Call> call, QNetworkReply* network);
  [[nodiscard]] QNetworkRequest request(const QString& path) const;

  QUrl baseUrl_;
  QString token_;
  std::chrono::milliseconds timeout_{5000};
  RetryPolicy retry_;
  QNetworkAccessManager network_;
};

}  // namespace civiq::qtclient
