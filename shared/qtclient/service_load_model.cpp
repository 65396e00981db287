// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "service_load_model.hpp"

#include <algorithm>

namespace civiq::qtclient {
namespace {

int minutesUp(const std::optional<std::int64_t>& seconds) { return seconds ? static_cast<int>((*seconds + 59) / 60) : -1; }
int minutesDown(const std::optional<std::int64_t>& seconds) { return seconds ? static_cast<int>(*seconds / 60) : -1; }

}  // namespace

ServiceLoadModel::Load ServiceLoadModel::loadOf(const protocol::ServiceInfo& service) {
  return {service.waiting, service.estimated_wait_s, service.wait_low_s, service.wait_high_s,
          service.service_open.value_or(true)};
}

ServiceLoadModel::Load ServiceLoadModel::loadOf(const protocol::ServiceLoad& load) {
  return {load.waiting, load.estimated_wait_s, load.wait_low_s, load.wait_high_s, load.service_open.value_or(true)};
}

ServiceLoadModel::ServiceLoadModel(QObject* parent) : QAbstractListModel(parent) {}

int ServiceLoadModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ServiceLoadModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& row = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case NameRole: return QString::fromStdString(row.service.name);
    case ServiceIdRole: return static_cast<int>(row.service.id.value);
    case PrefixRole: return QString::fromStdString(row.service.prefix);
    case WaitingRole: return row.load.waiting;
    case EstimatedWaitMinutesRole: return minutesUp(row.load.estimatedWaitS);
    case WaitLowMinutesRole: return minutesDown(row.load.waitLowS);
    case WaitHighMinutesRole: return minutesUp(row.load.waitHighS);
    case ServiceOpenRole: return row.load.open;
    default: return {};
  }
}

QHash<int, QByteArray> ServiceLoadModel::roleNames() const {
  return {{ServiceIdRole, "serviceId"},
          {NameRole, "name"},
          {PrefixRole, "prefix"},
          {WaitingRole, "waiting"},
          {EstimatedWaitMinutesRole, "estimatedWaitMinutes"},
          {WaitLowMinutesRole, "waitLowMinutes"},
          {WaitHighMinutesRole, "waitHighMinutes"},
          {ServiceOpenRole, "serviceOpen"}};
}

void ServiceLoadModel::setServices(const std::vector<protocol::ServiceInfo>& services) {
  std::vector<protocol::ServiceInfo> shown;
  std::copy_if(services.begin(), services.end(), std::back_inserter(shown), [](const auto& s) { return s.active; });
  const int before = rowCount();
  const int waitingBefore = totalWaiting();
  const auto isShown = [&](domain::ServiceId id) {
    return std::any_of(shown.begin(), shown.end(), [&](const auto& s) { return s.id == id; });
  };
  for (int row = rowCount() - 1; row >= 0; --row) {
    if (isShown(rows_[static_cast<std::size_t>(row)].service.id)) continue;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
  }
  for (int row = 0; row < static_cast<int>(shown.size()); ++row) {
    const auto& service = shown[static_cast<std::size_t>(row)];
    if (row < rowCount() && rows_[static_cast<std::size_t>(row)].service.id == service.id) {
      // Same service: new names (another language) and the numbers the service list carried.
      rows_[static_cast<std::size_t>(row)] = {service, loadOf(service)};
      emit dataChanged(index(row), index(row));
      continue;
    }
    const auto moved = std::find_if(rows_.begin() + row, rows_.end(), [&](const Row& r) { return r.service.id == service.id; });
    if (moved != rows_.end()) {  // the server reordered its services: move the row up
      const int from = static_cast<int>(moved - rows_.begin());
      beginMoveRows({}, from, from, {}, row);
      Row kept = std::move(*moved);
      rows_.erase(moved);
      rows_.insert(rows_.begin() + row, std::move(kept));
      endMoveRows();
      --row;  // look at this row again: now it matches and gets the new values
      continue;
    }
    beginInsertRows({}, row, row);
    rows_.insert(rows_.begin() + row, Row{service, loadOf(service)});
    endInsertRows();
  }
  if (rowCount() != before) emit countChanged();
  if (totalWaiting() != waitingBefore) emit totalWaitingChanged();
}

void ServiceLoadModel::applyLoads(const std::vector<protocol::ServiceLoad>& loads) {
  const int waitingBefore = totalWaiting();
  for (const auto& load : loads) {
    const auto found = std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) { return r.service.id == load.service_id; });
    if (found == rows_.end()) continue;
    const Load next = loadOf(load);
    if (found->load == next) continue;
    found->load = next;
    const auto changed = index(static_cast<int>(found - rows_.begin()));
    emit dataChanged(changed, changed,
                     {WaitingRole, EstimatedWaitMinutesRole, WaitLowMinutesRole, WaitHighMinutesRole, ServiceOpenRole});
  }
  if (totalWaiting() != waitingBefore) emit totalWaitingChanged();
}

int ServiceLoadModel::totalWaiting() const {
  int total = 0;
  for (const auto& row : rows_) total += row.load.waiting;
  return total;
}

}  // namespace civiq::qtclient
