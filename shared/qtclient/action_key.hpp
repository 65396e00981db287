// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// One user action (a tap on the kiosk, a click on "call next"): the Idempotency-Key sent with every
// attempt of that action. Made once when the user acts and reused for each retry, so a retried
// request whose first reply was lost returns the first result instead of doing it again. A new
// action (the next tap) gets a new key. Thread rule: plain value.
#include <QByteArray>
#include <QUuid>

namespace civiq::qtclient {

class ActionKey {
 public:
  // A fresh key: random (UUID v4), so keys of different devices and days never meet.
  [[nodiscard]] static ActionKey make() { return ActionKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces)); }
  [[nodiscard]] const QByteArray& value() const { return value_; }
  // The key of one step of a user action made of several requests ("walk-in": issue, then call):
  // the same for every retry of the action, different from the other steps'.
  [[nodiscard]] ActionKey step(const char* name) const { return ActionKey(value_ + ':' + name); }
  friend bool operator==(const ActionKey&, const ActionKey&) = default;

 private:
  explicit ActionKey(QByteArray value) : value_(std::move(value)) {}
  QByteArray value_;
};

}  // namespace civiq::qtclient
