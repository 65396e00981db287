// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Today's queue of the office for the counter client and the kiosk: the tickets of the staff
// `queue` topic (GET /api/v1/queue), one row per ticket, in the server's calling order (per service,
// by position). The server lists waiting, parked and no-show tickets there; a called or served
// ticket is at its counter (CountersModel's current ticket). A new list from the server is applied
// as inserts, removes, moves and dataChanged (KeyedListModel), never as a reset.
// Invariant: one row per ticket id, in the order of the last list applied. Thread rule: GUI thread.
#include <QtQml/qqmlregistration.h>
#include <QString>
#include <optional>

#include "keyed_list_model.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

// The status groups a view filters by: waiting, called, serving, parked, no_show; "other" for a
// status a newer server may add (shown nowhere by default rather than as waiting).
[[nodiscard]] QString statusGroupOf(const std::string& status);

// moc and the QML tools see the Qt base class (KeyedListModel adds no meta-object of its own), so
// the module's type information knows this is a list model; the compiler sees the real base.
class QueueModel
#ifdef Q_MOC_RUN
    : public QAbstractListModel
#else
    : public KeyedListModel<protocol::QueueEntry, domain::TicketId>
#endif
{
  Q_OBJECT
  QML_NAMED_ELEMENT(QueueModel)
  QML_UNCREATABLE("the queue comes from StaffFeed.queue")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    IdRole = Qt::UserRole + 1,  // ticket id (qint64)
    NumberRole,                 // "A042"
    ServiceIdRole,
    StatusRole,                // the server's status: waiting, parked, no_show, ...
    StatusGroupRole,           // statusGroupOf(status)
    PositionRole,              // in its service's line, 1 = next; -1 when not waiting
    EstimatedWaitSecondsRole,  // -1 without an estimate
    WaitedSecondsRole,
    PriorityRole,
    AppointmentRole,      // checked in for an appointment
    AppointmentCodeRole,  // empty without one
    CounterIdRole,        // the counter it is parked at (or called to); -1 for none
    TransferNoteRole,     // the note of the clerk who transferred it; empty without one (v1.7)
  };
  Q_ENUM(Role)

  explicit QueueModel(QObject* parent = nullptr);

  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
  [[nodiscard]] std::optional<protocol::QueueEntry> ticket(domain::TicketId id) const {
    return find(id);
  }

 signals:
  void countChanged();

 protected:
  [[nodiscard]] domain::TicketId keyOf(const protocol::QueueEntry& entry) const override {
    return entry.id;
  }
  [[nodiscard]] QVariant rowData(const protocol::QueueEntry& entry, int role) const override;
  void rowCountChanged() override {
    emit countChanged();
  }
};

}  // namespace civiq::qtclient
