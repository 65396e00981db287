// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "appointments_model.hpp"

#include "counters_model.hpp"
#include "recent_calls_model.hpp"

namespace civiq::qtclient {

AppointmentsModel::AppointmentsModel(QObject* parent) : KeyedListModel(parent) {}

QVariant AppointmentsModel::rowData(const protocol::AppointmentView& appointment, int role) const {
  switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
      return QString::fromStdString(appointment.code);
    case TimeRole:
      return toDateTime(appointment.time);
    case ServiceIdsRole:
      return serviceIdList(appointment.service_ids);
    case NameRole:
      return QString::fromStdString(appointment.name);
    case StatusRole:
      return QString::fromStdString(appointment.status);
    case TicketNumberRole:
      return QString::fromStdString(appointment.ticket_number.value_or(std::string()));
    case CheckInRole:
      if (appointment.status == "booked" && toDateTime(appointment.time) < QDateTime::currentDateTimeUtc())
        return QStringLiteral("late");
      return QString::fromStdString(appointment.status);
    default:
      return {};
  }
}

QHash<int, QByteArray> AppointmentsModel::roleNames() const {
  return {{CodeRole, "code"}, {TimeRole, "time"},     {ServiceIdsRole, "serviceIds"},
          {NameRole, "name"}, {StatusRole, "status"}, {TicketNumberRole, "ticketNumber"},
          {CheckInRole, "checkIn"}};
}

void AppointmentsModel::refreshLateness() {
  if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1), {CheckInRole});
}

}  // namespace civiq::qtclient
