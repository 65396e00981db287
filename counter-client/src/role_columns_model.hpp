// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A table over one of the kit's list models (one row per item, values in roles): each column shows
// one role, formatted for people. Rows follow the source row by row (inserts, moves, removals and
// changes pass through), so a QTableView keeps its selection and scroll position while the queue
// changes. Every role of the source stays readable on every column (a view reads the ticket id from
// whichever cell is current). Invariant: row r is source row r. Thread rule: GUI thread.
#include <QIdentityProxyModel>
#include <QString>
#include <QVariant>
#include <functional>
#include <vector>

#include "domain/berlin_time.hpp"

namespace civiq::counter {

class RoleColumnsModel : public QIdentityProxyModel {
  Q_OBJECT

 public:
  struct Column {
    QString header;
    int role;
    std::function<QString(const QVariant&)> format;  // empty: the value's text
  };

  RoleColumnsModel(std::vector<Column> columns, QObject* parent = nullptr);

  void setSourceModel(QAbstractItemModel* source) override;

  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
  [[nodiscard]] QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
  [[nodiscard]] QModelIndex mapToSource(const QModelIndex& proxy) const override;
  [[nodiscard]] QModelIndex mapFromSource(const QModelIndex& source) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::vector<Column> columns_;
};

// "12 min", "1 h 05 min", "< 1 min": how long someone has waited or will wait; empty for none (< 0).
[[nodiscard]] QString formatMinutes(qint64 seconds);
// "10:42": the office's time of day (Europe/Berlin, whatever this PC's time zone is).
[[nodiscard]] QString officeTimeOfDay(domain::TimePoint at);

}  // namespace civiq::counter
