// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "queue_filter_model.hpp"

#include "queue_model.hpp"

namespace civiq::qtclient {

QueueFilterModel::QueueFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
  // `count` follows every way the proxy's rows can change: inserts and removes (source changes and
  // refiltering), a new source model, a reset or layout change of the source.
  for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
    connect(this, signal, this, &QueueFilterModel::noteCount);
  connect(this, &QAbstractItemModel::modelReset, this, &QueueFilterModel::noteCount);
  connect(this, &QAbstractItemModel::layoutChanged, this, &QueueFilterModel::noteCount);
}

void QueueFilterModel::setStatusGroups(const QStringList& groups) {
  if (groups == statusGroups_) return;
  statusGroups_ = groups;
  refilter();
  emit statusGroupsChanged();
}

void QueueFilterModel::setServiceIds(const QList<int>& ids) {
  if (ids == serviceIds_) return;
  serviceIds_ = ids;
  serviceSet_ = QSet<int>(ids.begin(), ids.end());
  refilter();
  emit serviceIdsChanged();
}

void QueueFilterModel::setCounterId(int id) {
  if (id == counterId_) return;
  counterId_ = id;
  refilter();
  emit counterIdChanged();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
  if (!statusGroups_.isEmpty() && !statusGroups_.contains(row.data(QueueModel::StatusGroupRole).toString()))
    return false;
  if (!serviceSet_.isEmpty() && !serviceSet_.contains(row.data(QueueModel::ServiceIdRole).toInt())) return false;
  return counterId_ == kAnyCounter || row.data(QueueModel::CounterIdRole).toInt() == counterId_;
}

void QueueFilterModel::refilter() {
  // invalidateFilter() inserts and removes rows (no reset), so views keep their state.
  invalidateFilter();
  noteCount();
}

void QueueFilterModel::noteCount() {
  if (rowCount() == lastCount_) return;
  lastCount_ = rowCount();
  emit countChanged();
}

}  // namespace civiq::qtclient
