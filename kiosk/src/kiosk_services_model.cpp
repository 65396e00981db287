// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_services_model.hpp"

#include <QVariantMap>
#include <map>
#include <string>
#include <vector>

namespace civiq::kiosk {

int KioskServicesModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant KioskServicesModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& info = rows_[static_cast<std::size_t>(index.row())].info;
  switch (role) {
    case ServiceIdRole:
      return info.id.value;
    case Qt::DisplayRole:
    case NameRole:
      return name(info.id.value);
    case SelectedRole:
      return selected_.contains(info.id.value);
    case WaitingRole:
      return info.waiting;
    default:
      return {};
  }
}

QHash<int, QByteArray> KioskServicesModel::roleNames() const {
  return {{ServiceIdRole, "serviceId"}, {NameRole, "name"}, {SelectedRole, "selected"}, {WaitingRole, "waiting"}};
}

void KioskServicesModel::setServices(const std::vector<protocol::ServiceInfo>& services) {
  // The list changes only when the branch's configuration does (a reload): a reset is cheap here
  // and no tile keeps a state worth saving across it.
  beginResetModel();
  rows_.clear();
  for (const auto& service : services)
    if (service.active) rows_.push_back({service});
  QList<int> kept;
  for (const int id : std::as_const(selected_))
    if (rowOf(id) >= 0) kept.append(id);
  selected_ = kept;
  endResetModel();
  emit groupsChanged();
}

void KioskServicesModel::setLanguage(const QString& language) {
  if (language == language_) return;
  language_ = language;
  if (!rows_.empty()) emit dataChanged(index(0), index(rowCount() - 1), {NameRole, Qt::DisplayRole});
  emit groupsChanged();
}

QVariantList KioskServicesModel::groups() const {
  // Keyed by the German group name (the one every grouped service has); "" collects the rest.
  std::vector<std::string> order;
  std::map<std::string, QVariantMap> byKey;
  const std::string language = language_.toStdString();
  for (const auto& row : rows_) {
    const auto& names = row.info.group_names;
    const auto german = names.find("de");
    const std::string key = german != names.end() ? german->second : std::string();
    auto [group, fresh] = byKey.try_emplace(key);
    if (fresh) {
      if (!key.empty()) order.push_back(key);
      const auto translated = names.find(language);
      group->second.insert(QStringLiteral("name"), QString::fromStdString(translated != names.end() ? translated->second : key));
    }
    auto services = group->second.value(QStringLiteral("services")).toList();
    services.append(QVariantMap{{QStringLiteral("serviceId"), row.info.id.value}, {QStringLiteral("name"), name(row.info.id.value)}});
    group->second.insert(QStringLiteral("services"), services);
  }
  if (byKey.contains(std::string())) order.push_back(std::string());  // the ungrouped come last
  QVariantList groups;
  for (const auto& key : order) groups.append(byKey.at(key));
  return groups;
}

void KioskServicesModel::toggle(int serviceId) {
  const int row = rowOf(serviceId);
  if (row < 0) return;
  if (!selected_.removeOne(serviceId)) selected_.append(serviceId);
  emit dataChanged(index(row), index(row), {SelectedRole});
}

void KioskServicesModel::clearSelection() {
  const QList<int> was = selected_;
  selected_.clear();
  for (const int id : was) {
    const int row = rowOf(id);
    if (row >= 0) emit dataChanged(index(row), index(row), {SelectedRole});
  }
}

QList<int> KioskServicesModel::selected() const {
  return selected_;
}

QString KioskServicesModel::name(int serviceId) const {
  const int row = rowOf(serviceId);
  if (row < 0) return {};
  const auto& info = rows_[static_cast<std::size_t>(row)].info;
  const auto translated = info.names.find(language_.toStdString());
  return QString::fromStdString(translated != info.names.end() ? translated->second : info.name);
}

bool KioskServicesModel::contains(int serviceId) const {
  return rowOf(serviceId) >= 0;
}

int KioskServicesModel::rowOf(int serviceId) const {
  for (std::size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].info.id.value == serviceId) return static_cast<int>(i);
  return -1;
}

}  // namespace civiq::kiosk
