// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// One view of the queue (a QueueModel, or any model with its roles): tickets of some status groups,
// of some services and/or at one counter, for example "waiting for the services of my counter" or
// "parked at my counter". Rows keep the source order (the server's calling order by position);
// nothing is sorted. QML sets the filters as properties:
//   QueueFilterModel { sourceModel: feed.queue; statusGroups: ["waiting"]; serviceIds: [1, 2] }
// Invariant: a row is shown exactly when it passes every filter that is set. Thread rule: GUI thread.
#include <QtQml/qqmlregistration.h>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace civiq::qtclient {

class QueueFilterModel : public QSortFilterProxyModel {
  Q_OBJECT
  QML_NAMED_ELEMENT(QueueFilterModel)
  // Status groups to show (statusGroupOf: waiting, called, serving, parked, no_show); empty: all.
  Q_PROPERTY(QStringList statusGroups READ statusGroups WRITE setStatusGroups NOTIFY statusGroupsChanged)
  // Service ids to show; empty: all.
  Q_PROPERTY(QList<int> serviceIds READ serviceIds WRITE setServiceIds NOTIFY serviceIdsChanged)
  // Only tickets at this counter (parked or called there); kAnyCounter (-1): no counter filter.
  Q_PROPERTY(int counterId READ counterId WRITE setCounterId NOTIFY counterIdChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  static constexpr int kAnyCounter = -1;

  explicit QueueFilterModel(QObject* parent = nullptr);

  [[nodiscard]] QStringList statusGroups() const { return statusGroups_; }
  void setStatusGroups(const QStringList& groups);
  [[nodiscard]] QList<int> serviceIds() const { return serviceIds_; }
  void setServiceIds(const QList<int>& ids);
  [[nodiscard]] int counterId() const { return counterId_; }
  void setCounterId(int id);
  [[nodiscard]] int count() const { return rowCount(); }

 signals:
  void statusGroupsChanged();
  void serviceIdsChanged();
  void counterIdChanged();
  void countChanged();

 protected:
  [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  void refilter();
  void noteCount();

  QStringList statusGroups_;
  QList<int> serviceIds_;
  QSet<int> serviceSet_;  // serviceIds_ for lookups
  int counterId_ = kAnyCounter;
  int lastCount_ = 0;
};

}  // namespace civiq::qtclient
