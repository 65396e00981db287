// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The latest calls, newest first ("A042 -> Schalter 3"), for QML and Widgets. Changes arrive as
// row inserts and removes, never as a reset, so views animate and keep their state. A number has
// one row: a recall (or a call of the same number at another counter) moves it to the top with the
// newest call's counter, time and kind, so a recalled number is shown once, marked as recalled,
// instead of filling the list. Invariant: at most maxRows() rows, newest first, no number twice.
// Thread rule: GUI thread.
#include <QAbstractListModel>
#include <QDateTime>
#include <vector>

#include "protocol/messages.hpp"

namespace civiq::qtclient {

class RecentCallsModel : public QAbstractListModel {
  Q_OBJECT
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    NumberRole = Qt::UserRole + 1,  // "A042"
    CounterRole,                     // "Schalter 3"
    CounterIdRole,
    ServiceIdRole,
    CalledAtRole,  // QDateTime, UTC
    RecallRole,
  };
  Q_ENUM(Role)

  explicit RecentCallsModel(int maxRows = 10, QObject* parent = nullptr);

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

  [[nodiscard]] int maxRows() const { return maxRows_; }
  [[nodiscard]] const std::vector<protocol::CallNotice>& calls() const { return calls_; }

  // A snapshot, newest first (recalls are entries of their own there; only the newest of a number
  // is kept): rows that are gone are removed, new ones inserted where they belong; rows present in
  // both stay (a reconnect does not make a view flash).
  void replaceAll(const std::vector<protocol::CallNotice>& snapshot);
  // A new call or recall at the top; an older row of the same number goes, and the oldest row drops
  // off when full.
  void prepend(const protocol::CallNotice& call);

 signals:
  void countChanged();

 private:
  void trim();

  int maxRows_;
  std::vector<protocol::CallNotice> calls_;
};

// Same call: same number, counter, time and kind (a recall is another call of the same number).
[[nodiscard]] bool sameCall(const protocol::CallNotice& a, const protocol::CallNotice& b);
[[nodiscard]] QDateTime toDateTime(domain::TimePoint time);

}  // namespace civiq::qtclient
