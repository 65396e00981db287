// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_health_model.hpp"

#include <QStringList>
#include <algorithm>

namespace civiq::qtclient {

DeviceHealthModel::DeviceHealthModel(QObject* parent) : KeyedListModel(parent) {
  // A status may change without the row count changing: attentionCount follows every change.
  connect(this, &QAbstractItemModel::dataChanged, this, &DeviceHealthModel::countChanged);
}

int DeviceHealthModel::attentionCount() const {
  return static_cast<int>(std::count_if(rows().begin(), rows().end(), [](const protocol::DeviceHealth& device) {
    return device.status != "ok" && device.status != "never_reported";
  }));
}

QVariant DeviceHealthModel::rowData(const protocol::DeviceHealth& device, int role) const {
  switch (role) {
    case Qt::DisplayRole:
    case NameRole:
      return QString::fromStdString(device.name);
    case KindRole:
      return QString::fromStdString(device.kind);
    case StatusRole:
      return QString::fromStdString(device.status);
    case ProblemsRole: {
      QStringList problems;
      for (const auto& problem : device.problems) problems.append(QString::fromStdString(problem));
      return problems;
    }
    case SilentSecondsRole:
      return static_cast<qint64>(device.silent_s.value_or(-1));
    case PaperLeftRole:
      return static_cast<qint64>(device.paper_left_tickets.value_or(-1));
    case LastErrorRole:
      return QString::fromStdString(device.last_error.value_or(std::string()));
    case AppVersionRole:
      return QString::fromStdString(device.app_version.value_or(std::string()));
    default:
      return {};
  }
}

QHash<int, QByteArray> DeviceHealthModel::roleNames() const {
  return {{NameRole, "name"},
          {KindRole, "kind"},
          {StatusRole, "status"},
          {ProblemsRole, "problems"},
          {SilentSecondsRole, "silentSeconds"},
          {PaperLeftRole, "paperLeft"},
          {LastErrorRole, "lastError"},
          {AppVersionRole, "appVersion"}};
}

}  // namespace civiq::qtclient
