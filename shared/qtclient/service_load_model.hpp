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
    WaitLowMinutesRole,        // the range of the wait (rounded down / up); -1 when there is none
    WaitHighMinutesRole,
    ServiceOpenRole,  // false while no open counter offers the service (servers before v1.3: true)
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
  // The numbers of a service, as a `load` frame or the service list carries them.
  struct Load {
    int waiting = 0;
    std::optional<std::int64_t> estimatedWaitS, waitLowS, waitHighS;
    bool open = true;
    bool operator==(const Load&) const = default;
  };
  struct Row {
    protocol::ServiceInfo service;
    Load load;
  };
  static Load loadOf(const protocol::ServiceInfo& service);
  static Load loadOf(const protocol::ServiceLoad& load);
  std::vector<Row> rows_;
};

}  // namespace civiq::qtclient
