// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "role_columns_model.hpp"

#include "qtclient/office_clock.hpp"

namespace civiq::counter {

RoleColumnsModel::RoleColumnsModel(std::vector<Column> columns, QObject* parent)
    : QIdentityProxyModel(parent), columns_(std::move(columns)) {}

void RoleColumnsModel::setSourceModel(QAbstractItemModel* source) {
  if (sourceModel()) disconnect(sourceModel(), nullptr, this, nullptr);
  QIdentityProxyModel::setSourceModel(source);
  // The identity proxy passes a change of source column 0 on as a change of column 0 only; here
  // every column shows that row.
  connect(source, &QAbstractItemModel::dataChanged, this,
          [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            emit dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), columnCount() - 1));
          });
}

int RoleColumnsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

QModelIndex RoleColumnsModel::index(int row, int column, const QModelIndex& parent) const {
  if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return {};
  return createIndex(row, column);
}

QModelIndex RoleColumnsModel::parent(const QModelIndex& /*child*/) const {
  return {};
}

QModelIndex RoleColumnsModel::sibling(int row, int column, const QModelIndex& /*index*/) const {
  return index(row, column);
}

QModelIndex RoleColumnsModel::mapToSource(const QModelIndex& proxy) const {
  if (!proxy.isValid() || !sourceModel()) return {};
  return sourceModel()->index(proxy.row(), 0);
}

QModelIndex RoleColumnsModel::mapFromSource(const QModelIndex& source) const {
  if (!source.isValid()) return {};
  return createIndex(source.row(), source.column());
}

QVariant RoleColumnsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const QModelIndex source = mapToSource(index);
  if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) return source.data(role);
  const Column& column = columns_[static_cast<std::size_t>(index.column())];
  const QVariant value = source.data(column.role);
  return column.format ? column.format(value) : value.toString();
}

QVariant RoleColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) return {};
  return columns_[static_cast<std::size_t>(section)].header;
}

QString formatMinutes(qint64 seconds) {
  if (seconds < 0) return {};
  const qint64 minutes = seconds / 60;
  if (minutes < 1) return QObject::tr("< 1 min");
  if (minutes < 60) return QObject::tr("%1 min").arg(minutes);
  return QObject::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString officeTimeOfDay(domain::TimePoint at) {
  return qtclient::berlinTime(at).toString(QStringLiteral("HH:mm"));
}

}  // namespace civiq::counter
