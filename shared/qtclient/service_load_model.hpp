// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Waiting citizens and the estimated wait per service ("Kfz-Zulassung: 4 wartend, ca. 25 Min."),
// for QML and Widgets. The service list comes from GET /api/v1/services (names in the app's
// language), the numbers from `load` frames; rows are inserted and removed, values change in place.
// Invariant: one row per active service, in the server's order. Thread rule: GUI thread.
#include <QAbstractListModel>
#include <vector>

#include "protocol/messages.hpp"

namespace civiq::qtclient {

class ServiceLoadModel : public QAbstractListModel {
  Q_OBJECT
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

 public:
  enum Role {
    ServiceIdRole = Qt::UserRole + 1,
    NameRole,
    PrefixRole,  // the letter of the service's numbers ("A")
    WaitingRole,
    EstimatedWaitMinutesRole,  // rounded up; -1 when the server has no estimate
  };
  Q_ENUM(Role)

  explicit ServiceLoadModel(QObject* parent = nullptr);

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

  // The services to show (inactive ones are left out). Rows of services that stay keep their numbers.
  void setServices(const std::vector<protocol::ServiceInfo>& services);
  // New numbers from a `load` frame or a snapshot; services not shown are ignored.
  void applyLoads(const std::vector<protocol::ServiceLoad>& loads);

  [[nodiscard]] int totalWaiting() const;

 signals:
  void countChanged();
  void totalWaitingChanged();

 private:
  struct Row {
    protocol::ServiceInfo service;
    int waiting = 0;
    std::optional<std::int64_t> estimatedWaitS;
  };
  std::vector<Row> rows_;
};

}  // namespace civiq::qtclient
