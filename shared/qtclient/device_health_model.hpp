// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The office's kiosks and displays as staff see them (the `devices` topic, GET /api/v1/devices):
// one row per enrolled device, in the server's order, with its status ("ok", "attention",
// "unreachable", "never_reported") and the codes of its problems ("paper_low", …). A new list is
// applied as a diff (KeyedListModel). attentionCount() counts the devices staff should look at.
// Invariant: one row per device name. Thread rule: GUI thread.
#include <QtQml/qqmlregistration.h>
#include <QString>
#include <string>

#include "keyed_list_model.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

class DeviceHealthModel
#ifdef Q_MOC_RUN
    : public QAbstractListModel
#else
    : public KeyedListModel<protocol::DeviceHealth, std::string>
#endif
{
  Q_OBJECT
  QML_NAMED_ELEMENT(DeviceHealthModel)
  QML_UNCREATABLE("the devices come from DeviceFeed.devices")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  Q_PROPERTY(int attentionCount READ attentionCount NOTIFY countChanged)

 public:
  enum Role {
    NameRole = Qt::UserRole + 1,
    KindRole,           // kiosk, display
    StatusRole,         // ok, attention, unreachable, never_reported
    ProblemsRole,       // QStringList of codes: unreachable, paper_empty, paper_low, …
    SilentSecondsRole,  // qint64 since the last report; -1 never reported
    PaperLeftRole,      // qint64 tickets on the counted roll; -1 unknown
    LastErrorRole,      // the device's own words; empty for none
    AppVersionRole,
  };
  Q_ENUM(Role)

  explicit DeviceHealthModel(QObject* parent = nullptr);

  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
  // Devices whose status is not "ok" or "never_reported" (a device never set up is no alarm).
  [[nodiscard]] int attentionCount() const;

 signals:
  void countChanged();  // also when a device's status changed

 protected:
  [[nodiscard]] std::string keyOf(const protocol::DeviceHealth& device) const override { return device.name; }
  [[nodiscard]] QVariant rowData(const protocol::DeviceHealth& device, int role) const override;
  void rowCountChanged() override { emit countChanged(); }
};

}  // namespace civiq::qtclient
