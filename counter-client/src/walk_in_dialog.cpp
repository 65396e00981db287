// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "walk_in_dialog.hpp"

#include <algorithm>

namespace civiq::counter {

WalkInDialog::WalkInDialog(const ServiceDirectory& services, const std::vector<domain::ServiceId>& offered,
                           QWidget* parent)
    : ChoiceDialog(tr("Ohne Wartemarke"),
                   tr("Die Bürgerin oder der Bürger ist ohne Wartemarke direkt zu Ihnen gekommen. "
                      "Wählen Sie das Anliegen: civiq zieht eine Nummer und ruft sie an diesem Schalter auf."),
                   tr("Anliegen"), tr("Ticket ziehen und aufrufen"), parent) {
  for (const auto& service : services.services())
    if (service.active && std::find(offered.begin(), offered.end(), service.id) != offered.end())
      addChoice(QString::fromStdString(service.name), service.id.value);
}

std::optional<domain::ServiceId> WalkInDialog::service() const {
  const QVariant value = chosen();
  if (!value.isValid()) return std::nullopt;
  return domain::ServiceId{value.toInt()};
}

}  // namespace civiq::counter
