#include "branch_client.hpp"
#include "protocol/routes.hpp"

#include <QNetworkReply>
#include <QUrlQuery>

namespace civiq::qtclient {

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

void BranchClient::get(const QString& path, std::function<void(const HttpReply&)> done) {
  send(network_.get(request(path)), std::move(done));
}

void BranchClient::post(const QString& path, const QByteArray& json, std::function<void(const HttpReply&)> done) {
  send(network_.post(request(path), json.isEmpty() ? QByteArray("{}") : json), std::move(done));
}

void BranchClient::send(QNetworkReply* reply, std::function<void(const HttpReply&)> done) {
  connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
    reply->deleteLater();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (result.status == 0) {
      result.error = reply->errorString();
    } else if (!result.ok()) {
      const auto body = protocol::read_reply<protocol::ErrorBody>(
          std::string_view(result.body.constData(), static_cast<std::size_t>(result.body.size())));
      result.error = body ? QString::fromStdString(body.value->message) : reply->errorString();
      if (body) result.errorCode = QString::fromStdString(body.value->error);
    }
    done(result);
  });
}

void BranchClient::login(const QString& user, const QString& password,
                         std::function<void(const TypedReply<protocol::LoginResponse>&)> done) {
  postAs<protocol::LoginResponse>(QString::fromUtf8(protocol::path_of(protocol::route::kLogin)),
                                  protocol::LoginRequest{user.toStdString(), password.toStdString()},
                                  [this, done = std::move(done)](const TypedReply<protocol::LoginResponse>& reply) {
                                    if (reply.value) token_ = QString::fromStdString(reply.value->token);
                                    done(reply);
                                  });
}

QUrl BranchClient::eventsUrl(const QStringList& topics) const {
  QUrl url = baseUrl_;
  url.setScheme(baseUrl_.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
  url.setPath(baseUrl_.path() + QString::fromUtf8(protocol::path_of(protocol::route::kEvents)));
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("topics"), topics.join(','));
  url.setQuery(query);
  return url;
}

QNetworkRequest BranchClient::eventsRequest(const QStringList& topics) const {
  QNetworkRequest request(eventsUrl(topics));
  if (!token_.isEmpty()) request.setRawHeader("Authorization", "Bearer " + token_.toUtf8());
  return request;
}

}  // namespace civiq::qtclient
