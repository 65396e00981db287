// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The office's services and break reasons by id, in the clerk's language, for the names in the
// ticket panel, the lists and the dialogs. Loaded from GET /api/v1/services and
// GET /api/v1/break-reasons after sign-in and again after each reconnect (a branch may change its
// configuration at a restart). Thread rule: GUI thread.
#include <QObject>
#include <QString>
#include <vector>

#include "protocol/messages.hpp"
#include "qtclient/branch_api.hpp"

namespace civiq::counter {

class ServiceDirectory : public QObject {
  Q_OBJECT

 public:
  ServiceDirectory(qtclient::BranchApi& api, QString language, QObject* parent = nullptr);

  void load();
  [[nodiscard]] QString name(int serviceId) const;  // "Dienst 7" while unknown
  [[nodiscard]] const std::vector<protocol::ServiceInfo>& services() const { return services_; }
  [[nodiscard]] QString breakReasonName(const QString& id) const;  // the id itself while unknown
  [[nodiscard]] const std::vector<protocol::BreakReason>& breakReasons() const { return breakReasons_; }

 signals:
  void loaded();

 private:
  qtclient::BranchApi& api_;
  QString language_;
  std::vector<protocol::ServiceInfo> services_;
  std::vector<protocol::BreakReason> breakReasons_;  // empty from a branch before v1.6
};

}  // namespace civiq::counter
