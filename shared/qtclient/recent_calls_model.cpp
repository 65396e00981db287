// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "recent_calls_model.hpp"

#include <algorithm>

namespace civiq::qtclient {

bool sameCall(const protocol::CallNotice& a, const protocol::CallNotice& b) {
  return a.number == b.number && a.counter_id == b.counter_id && a.at == b.at && a.recall == b.recall;
}

QDateTime toDateTime(domain::TimePoint time) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

RecentCallsModel::RecentCallsModel(int maxRows, QObject* parent) : QAbstractListModel(parent), maxRows_(maxRows) {}

int RecentCallsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(calls_.size());
}

QVariant RecentCallsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& call = calls_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case NumberRole: return QString::fromStdString(call.number);
    case CounterRole: return QString::fromStdString(call.counter);
    case CounterIdRole: return static_cast<int>(call.counter_id.value);
    case ServiceIdRole: return static_cast<int>(call.service_id.value);
    case CalledAtRole: return toDateTime(call.at);
    case RecallRole: return call.recall;
    default: return {};
  }
}

QHash<int, QByteArray> RecentCallsModel::roleNames() const {
  return {{NumberRole, "number"},         {CounterRole, "counter"},     {CounterIdRole, "counterId"},
          {ServiceIdRole, "serviceId"},   {CalledAtRole, "calledAt"},   {RecallRole, "recall"}};
}

void RecentCallsModel::replaceAll(const std::vector<protocol::CallNotice>& snapshot) {
  // One entry per number: the newest (the snapshot is newest first).
  std::vector<protocol::CallNotice> newestFirst;
  for (const auto& call : snapshot) {
    const bool seen = std::any_of(newestFirst.begin(), newestFirst.end(), [&](const auto& c) { return c.number == call.number; });
    if (!seen) newestFirst.push_back(call);
  }
  const int before = rowCount();
  const auto wanted = [&](const protocol::CallNotice& call) {
    return std::any_of(newestFirst.begin(), newestFirst.end(), [&](const auto& c) { return sameCall(c, call); });
  };
  // Rows that are no longer there go first (bottom up, so indexes stay valid)...
  for (int row = rowCount() - 1; row >= 0; --row) {
    if (wanted(calls_[static_cast<std::size_t>(row)])) continue;
    beginRemoveRows({}, row, row);
    calls_.erase(calls_.begin() + row);
    endRemoveRows();
  }
  // ...then the kept rows are in the snapshot's order (both are ordered by time), and the missing
  // ones are inserted where they belong.
  const int limit = std::min(static_cast<int>(newestFirst.size()), maxRows_);
  for (int row = 0; row < limit; ++row) {
    const auto& call = newestFirst[static_cast<std::size_t>(row)];
    if (row < rowCount() && sameCall(calls_[static_cast<std::size_t>(row)], call)) continue;
    beginInsertRows({}, row, row);
    calls_.insert(calls_.begin() + row, call);
    endInsertRows();
  }
  trim();
  if (rowCount() != before) emit countChanged();
}

void RecentCallsModel::prepend(const protocol::CallNotice& call) {
  if (!calls_.empty() && sameCall(calls_.front(), call)) return;  // delivered twice (snapshot + event)
  const int before = rowCount();
  const auto older = std::find_if(calls_.begin(), calls_.end(), [&](const auto& c) { return c.number == call.number; });
  if (older != calls_.end()) {  // a recall: the number's row moves to the top, as a remove and an insert
    const int row = static_cast<int>(older - calls_.begin());
    beginRemoveRows({}, row, row);
    calls_.erase(older);
    endRemoveRows();
  }
  beginInsertRows({}, 0, 0);
  calls_.insert(calls_.begin(), call);
  endInsertRows();
  trim();
  if (rowCount() != before) emit countChanged();
}

void RecentCallsModel::trim() {
  if (rowCount() <= maxRows_) return;
  beginRemoveRows({}, maxRows_, rowCount() - 1);
  calls_.resize(static_cast<std::size_t>(maxRows_));
  endRemoveRows();
}

}  // namespace civiq::qtclient
