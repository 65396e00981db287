// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The office's services by id, in the clerk's language, for the names in the ticket panel, the
// lists and the transfer dialog. Loaded from GET /api/v1/services after sign-in and again after each
// reconnect (a branch may change its catalogue at a restart). Thread rule: GUI thread.
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

 signals:
  void loaded();

 private:
  qtclient::BranchApi& api_;
  QString language_;
  std::vector<protocol::ServiceInfo> services_;
};

}  // namespace civiq::counter
