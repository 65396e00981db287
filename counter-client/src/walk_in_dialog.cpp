// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "walk_in_dialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace civiq::counter {

WalkInDialog::WalkInDialog(const ServiceDirectory& services, const std::vector<domain::ServiceId>& offered,
                           QWidget* parent)
    : QDialog(parent), services_(new QListWidget(this)) {
  setWindowTitle(tr("Ohne Wartemarke"));
  for (const auto& service : services.services()) {
    if (!service.active || std::find(offered.begin(), offered.end(), service.id) == offered.end()) continue;
    auto* item = new QListWidgetItem(QString::fromStdString(service.name), services_);
    item->setData(Qt::UserRole, service.id.value);
  }
  if (services_->count() > 0) services_->setCurrentRow(0);
  services_->setAccessibleName(tr("Anliegen"));

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Ticket ziehen und aufrufen"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(services_, &QListWidget::itemActivated, this, &QDialog::accept);

  auto* layout = new QVBoxLayout(this);
  auto* hint = new QLabel(tr("Die Bürgerin oder der Bürger ist ohne Wartemarke direkt zu Ihnen gekommen. "
                             "Wählen Sie das Anliegen: civiq zieht eine Nummer und ruft sie an diesem Schalter auf."),
                          this);
  hint->setWordWrap(true);
  layout->addWidget(hint);
  layout->addWidget(services_, 1);
  layout->addWidget(buttons);
  services_->setFocus();
}

std::optional<domain::ServiceId> WalkInDialog::service() const {
  const QListWidgetItem* item = services_->currentItem();
  if (!item) return std::nullopt;
  return domain::ServiceId{item->data(Qt::UserRole).toInt()};
}

}  // namespace civiq::counter
