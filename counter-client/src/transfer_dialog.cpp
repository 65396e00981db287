// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "transfer_dialog.hpp"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

#include "domain/office_queue.hpp"

namespace civiq::counter {

TransferDialog::TransferDialog(const ServiceDirectory& services, const qtclient::CountersModel& counters,
                               domain::CounterId here, QWidget* parent)
    : QDialog(parent), services_(new QListWidget(this)), counters_(new QComboBox(this)), note_(new QLineEdit(this)) {
  setWindowTitle(tr("Weiterleiten"));
  for (const auto& service : services.services()) {
    if (!service.active) continue;
    auto* item = new QListWidgetItem(QString::fromStdString(service.name), services_);
    item->setData(Qt::UserRole, service.id.value);
  }
  if (services_->count() > 0) services_->setCurrentRow(0);
  counters_->addItem(tr("nächster freier Schalter"), 0);
  for (const auto& counter : counters.rows())
    if (counter.id != here) counters_->addItem(QString::fromStdString(counter.name), counter.id.value);

  // The server counts characters; a QLineEdit counts UTF-16 units, never fewer.
  note_->setMaxLength(static_cast<int>(domain::kTransferNoteMaxChars));
  note_->setPlaceholderText(tr("z. B. Ausweis geprüft, Meldebescheinigung fehlt"));
  note_->setAccessibleName(tr("Notiz für den nächsten Schalter"));

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Weiterleiten"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(services_, &QListWidget::itemActivated, this, &QDialog::accept);

  auto* form = new QFormLayout(this);
  form->addRow(tr("&Dienst:"), services_);
  form->addRow(tr("&Schalter:"), counters_);
  form->addRow(tr("&Notiz:"), note_);
  form->addRow(buttons);
  services_->setFocus();
}

std::optional<protocol::TransferRequest> TransferDialog::target() const {
  const QListWidgetItem* service = services_->currentItem();
  if (!service) return std::nullopt;
  protocol::TransferRequest request;
  request.service_id = domain::ServiceId{service->data(Qt::UserRole).toInt()};
  if (const int counter = counters_->currentData().toInt(); counter > 0)
    request.counter_id = domain::CounterId{counter};
  if (const QString note = note_->text().trimmed(); !note.isEmpty()) request.note = note.toStdString();
  return request;
}

}  // namespace civiq::counter
