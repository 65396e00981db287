// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "counters_model.hpp"

namespace civiq::qtclient {

QVariantList serviceIdList(const std::vector<domain::ServiceId>& ids) {
  QVariantList list;
  list.reserve(static_cast<qsizetype>(ids.size()));
  for (const auto id : ids) list.push_back(static_cast<int>(id.value));
  return list;
}

CountersModel::CountersModel(QObject* parent) : KeyedListModel(parent) {}

QVariant CountersModel::rowData(const protocol::CounterView& counter, int role) const {
  const auto& current = counter.current;
  switch (role) {
    case Qt::DisplayRole:
    case NameRole:
      return QString::fromStdString(counter.name);
    case IdRole:
      return static_cast<int>(counter.id.value);
    case ServiceIdsRole:
      return serviceIdList(counter.service_ids);
    case OpenRole:
      return counter.open;
    case ClerkRole:
      return QString::fromStdString(counter.clerk.value_or(std::string()));
    case CurrentNumberRole:
      return current ? QString::fromStdString(current->number) : QString();
    case CurrentStatusRole:
      return current ? QString::fromStdString(current->status) : QString();
    case CurrentTicketIdRole:
      return current ? static_cast<qint64>(current->id.value) : qint64{-1};
    default:
      return {};
  }
}

QHash<int, QByteArray> CountersModel::roleNames() const {
  return {{IdRole, "id"},
          {NameRole, "name"},
          {ServiceIdsRole, "serviceIds"},
          {OpenRole, "open"},
          {ClerkRole, "clerk"},
          {CurrentNumberRole, "currentNumber"},
          {CurrentStatusRole, "currentStatus"},
          {CurrentTicketIdRole, "currentTicketId"}};
}

}  // namespace civiq::qtclient
