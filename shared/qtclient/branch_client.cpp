// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_client.hpp"
#include "protocol/routes.hpp"

#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace civiq::qtclient {

// One call through all its attempts.
struct BranchClient::Call {
  QByteArray method;  // GET or POST
  QString path;
  QByteArray body;
  std::optional<ActionKey> action;
  bool bound = false;          // made with a receiver: dropped once the receiver is gone
  QPointer<QObject> receiver;
  Done done;
  bool once = false;           // no retries, whatever happens
  int attempt = 1;

  [[nodiscard]] bool retriable() const { return !once && (method == "GET" || action.has_value()); }
  [[nodiscard]] bool abandoned() const { return bound && !receiver; }
};

namespace {

bool transient(const HttpReply& reply) {
  return reply.unreachable() || reply.code == protocol::ErrorCode::Busy;
}

HttpReply readReply(QNetworkReply& network) {
  HttpReply result;
  result.status = network.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  result.body = network.readAll();
  if (const auto seq = network.rawHeader("Event-Seq"); !seq.isEmpty()) {
    bool number = false;
    const auto value = seq.toLongLong(&number);
    if (number) result.eventSeq = value;
  }
  result.replayed = network.rawHeader("Idempotent-Replayed") == "true";
  if (result.status == 0) {
    result.error = network.errorString();
  } else if (!result.ok()) {
    const auto body = protocol::read_reply<protocol::ErrorBody>(
        std::string_view(result.body.constData(), static_cast<std::size_t>(result.body.size())));
    result.error = body ? QString::fromStdString(body.value->message) : network.errorString();
    if (body) {
      result.code = protocol::parse_error_code(body.value->error);
      result.at = body.value->at;
    }
  }
  return result;
}

}  // namespace

BranchClient::BranchClient(QUrl baseUrl, QObject* parent) : QObject(parent), baseUrl_(std::move(baseUrl)) {
  // Base URLs are written with or without a trailing slash; paths always start with one.
  QString path = baseUrl_.path();
  while (path.endsWith('/')) path.chop(1);
  baseUrl_.setPath(path);
}

QNetworkRequest BranchClient::request(const QString& path) const {
  QUrl url = baseUrl_;
  const auto query = path.indexOf('?');
  url.setPath(baseUrl_.path() + (query < 0 ? path : path.left(query)));
  if (query >= 0) url.setQuery(path.mid(query + 1));
  QNetworkRequest request(url);
  request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
  request.setTransferTimeout(static_cast<int>(timeout_.count()));
  if (!token_.isEmpty()) request.setRawHeader("Authorization", "Bearer " + token_.toUtf8());
  return request;
}

void BranchClient::get(const QString& path, QObject* receiver, Done done) {
  send(std::make_shared<Call>(Call{"GET", path, {}, std::nullopt, receiver != nullptr, receiver, std::move(done)}));
}

void BranchClient::getOnce(const QString& path, QObject* receiver, Done done) {
  send(std::make_shared<Call>(
      Call{"GET", path, {}, std::nullopt, receiver != nullptr, receiver, std::move(done), /*once=*/true}));
}

void BranchClient::post(const QString& path, const QByteArray& json, std::optional<ActionKey> action,
                        QObject* receiver, Done done) {
  send(std::make_shared<Call>(Call{"POST", path, json.isEmpty() ? QByteArray("{}") : json, std::move(action),
                                   receiver != nullptr, receiver, std::move(done)}));
}

void BranchClient::send(std::shared_ptr<Call> call) {
  if (call->abandoned()) return;
  auto request = this->request(call->path);
  if (call->action) request.setRawHeader("Idempotency-Key", call->action->value());
  QNetworkReply* network = call->method == "GET" ? network_.get(request) : network_.post(request, call->body);
  connect(network, &QNetworkReply::finished, this, [this, call, network] { finish(call, network); });
}

void BranchClient::finish(std::shared_ptr<Call> call, QNetworkReply* network) {
  network->deleteLater();
  HttpReply reply = readReply(*network);
  if (reply.code == protocol::ErrorCode::Unauthorized && network->request().hasRawHeader("Authorization"))
    emit unauthorized();
  if (call->abandoned()) return;
  if (transient(reply) && call->retriable() && call->attempt < retry_.attempts) {
    // Retry-After is whole seconds (RFC 9110); the server sends it with 503 busy.
    const auto retryAfter = network->rawHeader("Retry-After").toInt();
    const auto delay = retryAfter > 0 ? std::chrono::milliseconds(std::chrono::seconds(retryAfter)) : retry_.delay;
    ++call->attempt;
    emit retrying(call->attempt, delay);
    QTimer::singleShot(delay, this, [this, call] { send(call); });
    return;
  }
  call->done(reply);
}

void BranchClient::login(const QString& user, const QString& password, QObject* receiver,
                         std::function<void(const TypedReply<protocol::LoginResponse>&)> done) {
  postAs<protocol::LoginResponse>(QString::fromUtf8(protocol::path_of(protocol::route::kLogin)),
                                  protocol::LoginRequest{user.toStdString(), password.toStdString()}, std::nullopt,
                                  receiver, [this, done = std::move(done)](const TypedReply<protocol::LoginResponse>& reply) {
                                    if (reply.value) token_ = QString::fromStdString(reply.value->token);
                                    done(reply);
                                  });
}

QString BranchClient::eventsPath(const QStringList& topics) {
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("topics"), topics.join(','));
  return QString::fromUtf8(protocol::path_of(protocol::route::kEvents)) + QLatin1Char('?') +
         query.toString(QUrl::FullyEncoded);
}

QUrl BranchClient::eventsUrl(const QStringList& topics) const {
  const QString path = eventsPath(topics);
  const auto query = path.indexOf('?');
  QUrl url = baseUrl_;
  url.setScheme(baseUrl_.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
  url.setPath(baseUrl_.path() + path.left(query));
  url.setQuery(path.mid(query + 1));
  return url;
}

QNetworkRequest BranchClient::eventsRequest(const QStringList& topics) const {
  QNetworkRequest request(eventsUrl(topics));
  if (!token_.isEmpty()) request.setRawHeader("Authorization", "Bearer " + token_.toUtf8());
  return request;
}

}  // namespace civiq::qtclient
