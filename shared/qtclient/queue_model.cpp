// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "queue_model.hpp"

namespace civiq::qtclient {

QString statusGroupOf(const std::string& status) {
  static const char* const kGroups[] = {"waiting", "called", "serving", "parked", "no_show"};
  for (const char* group : kGroups)
    if (status == group) return QString::fromLatin1(group);
  return QStringLiteral("other");
}

QueueModel::QueueModel(QObject* parent) : KeyedListModel(parent) {}

QVariant QueueModel::rowData(const protocol::QueueEntry& entry, int role) const {
  switch (role) {
    case Qt::DisplayRole:
    case NumberRole:
      return QString::fromStdString(entry.number);
    case IdRole:
      return static_cast<qint64>(entry.id.value);
    case ServiceIdRole:
      return static_cast<int>(entry.service_id.value);
    case StatusRole:
      return QString::fromStdString(entry.status);
    case StatusGroupRole:
      return statusGroupOf(entry.status);
    case PositionRole:
      return entry.position.value_or(-1);
    case EstimatedWaitSecondsRole:
      return static_cast<qint64>(entry.estimated_wait_s.value_or(-1));
    case WaitedSecondsRole:
      return static_cast<qint64>(entry.waited_s);
    case PriorityRole:
      return entry.priority;
    case AppointmentRole:
      return entry.appointment;
    case AppointmentCodeRole:
      return QString::fromStdString(entry.appointment_code.value_or(std::string()));
    case CounterIdRole:
      return entry.counter_id ? static_cast<int>(entry.counter_id->value) : -1;
    case TransferNoteRole:
      return QString::fromStdString(entry.transfer_note.value_or(std::string()));
    default:
      return {};
  }
}

QHash<int, QByteArray> QueueModel::roleNames() const {
  return {{IdRole, "id"},
          {NumberRole, "number"},
          {ServiceIdRole, "serviceId"},
          {StatusRole, "status"},
          {StatusGroupRole, "statusGroup"},
          {PositionRole, "position"},
          {EstimatedWaitSecondsRole, "estimatedWaitSeconds"},
          {WaitedSecondsRole, "waitedSeconds"},
          {PriorityRole, "priority"},
          {AppointmentRole, "appointment"},
          {AppointmentCodeRole, "appointmentCode"},
          {CounterIdRole, "counterId"},
          {TransferNoteRole, "transferNote"}};
}

}  // namespace civiq::qtclient
