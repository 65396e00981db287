// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A clerk's sign-in at a branch server, for the counter client (and staff use of the kiosk): sign in,
// sign out, and the end of the session when it expires or the server revokes it (an admin ended it,
// the user was removed: any request answered 401). The expiry is scheduled on the monotonic clock
// from the server's own count of seconds left (`expires_in_s` of auth/me), never from this PC's
// wall clock. The token is the BranchClient's credential while signed in and cleared after.
// Thread rule: GUI thread.
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <chrono>

#include "branch_api.hpp"

namespace civiq::qtclient {

class Session : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Session)
  QML_UNCREATABLE("made by the app, which owns the connection")
  Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)  // a sign-in is on its way
  Q_PROPERTY(QString user READ user NOTIFY changed)
  Q_PROPERTY(QString role READ role NOTIFY changed)  // clerk, manager, admin

 public:
  enum class EndReason {
    SignedOut,  // the user signed out
    Expired,    // the session ran out (sessions last a working day)
    Revoked,    // the server no longer accepts it (ended by an admin, user removed, server reset)
  };
  Q_ENUM(EndReason)

  // How long before the end `expiresSoon` is emitted.
  static constexpr std::chrono::minutes kWarnBefore{5};

  explicit Session(BranchApi& api, QObject* parent = nullptr);

  Q_INVOKABLE void signIn(const QString& user, const QString& password);
  Q_INVOKABLE void signOut();

  [[nodiscard]] bool signedIn() const { return signedIn_; }
  [[nodiscard]] bool busy() const { return busy_; }
  [[nodiscard]] QString user() const { return user_; }
  [[nodiscard]] QString role() const { return role_; }
  // Time left until the session expires (zero when signed out).
  [[nodiscard]] std::chrono::milliseconds remaining() const;
  // The code of the last failed sign-in (InvalidCredentials, RateLimited, ...; Unknown: unreachable).
  [[nodiscard]] protocol::ErrorCode lastError() const { return lastError_; }

 signals:
  void changed();
  void signInSucceeded();
  void signInFailed(const QString& message);
  void expiresSoon();
  void ended(civiq::qtclient::Session::EndReason reason);

 private:
  void onSignedIn(const QString& user, const QString& role, std::chrono::seconds left);
  void end(EndReason reason);

  BranchApi& api_;
  bool signedIn_ = false;
  bool busy_ = false;
  QString user_;
  QString role_;
  protocol::ErrorCode lastError_ = protocol::ErrorCode::Unknown;
  QTimer expiry_;
  QTimer warning_;
};

}  // namespace civiq::qtclient
