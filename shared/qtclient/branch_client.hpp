#pragma once
// HTTP access to one branch server: the base URL, the credential (an enrolled device's token or a
// clerk's session from login) and typed requests whose bodies are the protocol's messages.
// Thread rule: lives on one thread (the GUI thread); callbacks run there.
#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>
#include <string>

#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

struct HttpReply {
  int status = 0;           // 0: no HTTP answer at all (refused, timeout)
  QByteArray body;
  QString error;            // for people: the server's message or the network error
  QString errorCode;        // the protocol's stable code ("counter_closed"), empty without one
  [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
};

template <class T>
struct TypedReply {
  HttpReply http;
  std::optional<T> value;  // set when the reply was a success and decoded as T
};

class BranchClient : public QObject {
  Q_OBJECT

 public:
  explicit BranchClient(QUrl baseUrl, QObject* parent = nullptr);

  [[nodiscard]] QUrl baseUrl() const { return baseUrl_; }
  // An enrolled device's token (kiosk, display) or a clerk's session token.
  void setToken(const QString& token) { token_ = token; }
  [[nodiscard]] bool hasToken() const { return !token_.isEmpty(); }
  // Requests give up after this long (a dead server must not hang a screen).
  void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }

  // Signs a clerk in; on success the session token is used for every later request.
  void login(const QString& user, const QString& password,
             std::function<void(const TypedReply<protocol::LoginResponse>&)> done);

  void get(const QString& path, std::function<void(const HttpReply&)> done);
  void post(const QString& path, const QByteArray& json, std::function<void(const HttpReply&)> done);

  template <class T>
  void getAs(const QString& path, std::function<void(const TypedReply<T>&)> done) {
    get(path, [done = std::move(done)](const HttpReply& reply) { done(decodeReply<T>(reply)); });
  }
  template <class T, class Body>
  void postAs(const QString& path, const Body& body, std::function<void(const TypedReply<T>&)> done) {
    post(path, QByteArray::fromStdString(protocol::to_json(body)),
         [done = std::move(done)](const HttpReply& reply) { done(decodeReply<T>(reply)); });
  }

  // ws:// or wss:// URL of the events stream for these topics.
  [[nodiscard]] QUrl eventsUrl(const QStringList& topics) const;
  // The request that opens the events WebSocket: URL plus credential header.
  [[nodiscard]] QNetworkRequest eventsRequest(const QStringList& topics) const;

  template <class T>
  static TypedReply<T> decodeReply(const HttpReply& reply) {
    TypedReply<T> typed{reply, std::nullopt};
    if (!reply.ok()) return typed;
    auto decoded = protocol::read_reply<T>(std::string_view(reply.body.constData(), static_cast<std::size_t>(reply.body.size())));
    if (decoded) typed.value = std::move(decoded.value);
    else typed.http.error = QStringLiteral("unexpected reply: ") + QString::fromStdString(decoded.error);
    return typed;
  }

 private:
  void send(QNetworkReply* reply, std::function<void(const HttpReply&)> done);
  [[nodiscard]] QNetworkRequest request(const QString& path) const;

  QUrl baseUrl_;
  QString token_;
  std::chrono::milliseconds timeout_{5000};
  QNetworkAccessManager network_;
};

}  // namespace civiq::qtclient
