// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Today's appointments of the office for the counter client and the kiosk: the staff `appointments`
// topic (GET /api/v1/appointments), one row per booking code, by time, with its state (booked,
// checked_in, cancelled) and the ticket number once checked in. A new list is applied as a diff
// (KeyedListModel), never as a reset. Invariant: one row per code. Thread rule: GUI thread.
#include <QtQml/qqmlregistration.h>
#include <QString>
#include <optional>
#include <string>

#include "keyed_list_model.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

// moc and the QML tools see the Qt base class (KeyedListModel adds no meta-object of its own), so
// the module's type information knows this is a list model; the compiler sees the real base.
class AppointmentsModel
#ifdef Q_MOC_RUN
    : public QAbstractListModel
#else
    : public KeyedListModel<protocol::AppointmentView, std::string>
#endif
{
  Q_OBJECT
  QML_NAMED_ELEMENT(AppointmentsModel)
  QML_UNCREATABLE("the appointments come from StaffFeed.appointments")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    CodeRole = Qt::UserRole + 1,  // "LB-7F3K"
    TimeRole,                     // QDateTime, UTC
    ServiceIdsRole,               // QVariantList of ints
    NameRole,                     // the citizen's name
    StatusRole,                   // booked, checked_in, cancelled
    TicketNumberRole,             // once checked in ("A042"); empty before
    CheckInRole,                  // booked, late (booked and its time has passed), checked_in, cancelled
  };
  Q_ENUM(Role)

  explicit AppointmentsModel(QObject* parent = nullptr);

  // "late" is read against this PC's clock (the office's, give or take NTP): nothing tells the model
  // when an appointment's time passes, so a list calls this now and then (every half minute).
  Q_INVOKABLE void refreshLateness();

  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
  [[nodiscard]] std::optional<protocol::AppointmentView> appointment(const std::string& code) const {
    return find(code);
  }

 signals:
  void countChanged();

 protected:
  [[nodiscard]] std::string keyOf(const protocol::AppointmentView& appointment) const override {
    return appointment.code;
  }
  [[nodiscard]] QVariant rowData(const protocol::AppointmentView& appointment, int role) const override;
  void rowCountChanged() override {
    emit countChanged();
  }
};

}  // namespace civiq::qtclient
