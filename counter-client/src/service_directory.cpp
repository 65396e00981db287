// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "service_directory.hpp"

#include <algorithm>

namespace civiq::counter {

ServiceDirectory::ServiceDirectory(qtclient::BranchApi& api, QString language, QObject* parent)
    : QObject(parent), api_(api), language_(std::move(language)) {}

void ServiceDirectory::load() {
  api_.services(language_, this, [this](const qtclient::TypedReply<protocol::ServiceList>& reply) {
    if (!reply.value) return;  // the names stay as they were; the next reconnect loads again
    services_ = reply.value->services;
    emit loaded();
  });
  api_.breakReasons(language_, this, [this](const qtclient::TypedReply<protocol::BreakReasonList>& reply) {
    if (!reply.value) return;
    breakReasons_ = reply.value->reasons;
    emit loaded();
  });
}

QString ServiceDirectory::breakReasonName(const QString& id) const {
  const auto it = std::find_if(breakReasons_.begin(), breakReasons_.end(),
                               [&](const protocol::BreakReason& r) { return QString::fromStdString(r.id) == id; });
  return it != breakReasons_.end() ? QString::fromStdString(it->name) : id;
}

QString ServiceDirectory::name(int serviceId) const {
  const auto it = std::find_if(services_.begin(), services_.end(),
                               [serviceId](const protocol::ServiceInfo& s) { return s.id.value == serviceId; });
  return it != services_.end() ? QString::fromStdString(it->name) : tr("Dienst %1").arg(serviceId);
}

}  // namespace civiq::counter
