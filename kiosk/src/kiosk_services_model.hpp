// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The services a citizen can draw a number for, as the touch screen's tiles: the office's active
// services in the server's order, each named in the chosen language, and whether it is chosen for
// this visit. groups() arranges them as the branch configuration groups them (protocol v1.5): the
// groups in the order their first service comes, each with its name in the chosen language, then
// the services without a group under no name. Invariant: only active services; ids unique.
// Thread rule: GUI thread.
#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QVariantList>

#include "protocol/messages.hpp"

namespace civiq::kiosk {

class KioskServicesModel : public QAbstractListModel {
  Q_OBJECT
  // [{name: "Fahrzeug und Führerschein", services: [{serviceId: 1, name: "Kfz-Zulassung"}, …]}, …]
  Q_PROPERTY(QVariantList groups READ groups NOTIFY groupsChanged)

 public:
  enum Role { ServiceIdRole = Qt::UserRole + 1, NameRole, SelectedRole, WaitingRole };

  using QAbstractListModel::QAbstractListModel;

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

  // A new list from the server (kept selections of services that are still there).
  void setServices(const std::vector<protocol::ServiceInfo>& services);
  void setLanguage(const QString& language);
  void toggle(int serviceId);
  void clearSelection();
  [[nodiscard]] QList<int> selected() const;  // in the order they were chosen
  [[nodiscard]] QString name(int serviceId) const;
  [[nodiscard]] bool contains(int serviceId) const;
  [[nodiscard]] QVariantList groups() const;

 signals:
  void groupsChanged();

 private:
  struct Row {
    protocol::ServiceInfo info;
  };
  [[nodiscard]] int rowOf(int serviceId) const;

  std::vector<Row> rows_;
  QList<int> selected_;
  QString language_ = QStringLiteral("de");
};

}  // namespace civiq::kiosk
