// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "session.hpp"

#include <QLoggingCategory>

namespace civiq::qtclient {

Q_LOGGING_CATEGORY(lcSession, "civiq.session")

Session::Session(BranchApi& api, QObject* parent) : QObject(parent), api_(api) {
  expiry_.setSingleShot(true);
  warning_.setSingleShot(true);
  // Hours ahead: a coarse timer is exact enough and lets the machine sleep.
  expiry_.setTimerType(Qt::VeryCoarseTimer);
  warning_.setTimerType(Qt::VeryCoarseTimer);
  connect(&expiry_, &QTimer::timeout, this, [this] { end(EndReason::Expired); });
  connect(&warning_, &QTimer::timeout, this, &Session::expiresSoon);
  connect(&api_.client(), &BranchClient::unauthorized, this, [this] {
    if (signedIn_) end(EndReason::Revoked);
  });
}

void Session::signIn(const QString& user, const QString& password) {
  if (busy_) return;
  busy_ = true;
  emit changed();
  api_.client().login(user, password, this, [this, user](const TypedReply<protocol::LoginResponse>& login) {
    if (!login.value) {
      busy_ = false;
      lastError_ = login.http.code;
      emit changed();
      emit signInFailed(login.http.error);
      return;
    }
    const QString role = QString::fromStdString(login.value->role);
    // The server's count of seconds left; this PC's clock may be wrong (no RTC, before NTP).
    api_.me(this, [this, user, role](const TypedReply<protocol::Me>& me) {
      const auto left = me.value && me.value->expires_in_s ? std::chrono::seconds(*me.value->expires_in_s)
                                                           : std::chrono::hours(12);  // the server's session length
      if (!me.value) qCWarning(lcSession) << "auth/me failed after sign-in:" << me.http.error;
      onSignedIn(user, role, left);
    });
  });
}

void Session::onSignedIn(const QString& user, const QString& role, std::chrono::seconds left) {
  busy_ = false;
  signedIn_ = true;
  user_ = user;
  role_ = role;
  expiry_.start(left);
  if (left > kWarnBefore) warning_.start(left - kWarnBefore);
  emit changed();
  emit signInSucceeded();
}

void Session::signOut() {
  if (!signedIn_) return;
  // The request takes the token with it now; the session ends here whatever the reply.
  api_.logout(this, [](const TypedReply<protocol::NoBody>& reply) {
    if (!reply.http.ok()) qCInfo(lcSession) << "sign-out not confirmed:" << reply.http.error;
  });
  end(EndReason::SignedOut);
}

std::chrono::milliseconds Session::remaining() const {
  return signedIn_ ? std::chrono::milliseconds(expiry_.remainingTime()) : std::chrono::milliseconds(0);
}

void Session::end(EndReason reason) {
  expiry_.stop();
  warning_.stop();
  signedIn_ = false;
  user_.clear();
  role_.clear();
  api_.client().setToken({});
  emit changed();
  emit ended(reason);
}

}  // namespace civiq::qtclient
