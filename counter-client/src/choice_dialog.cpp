// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "choice_dialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace civiq::counter {

ChoiceDialog::ChoiceDialog(const QString& title, const QString& hint, const QString& listName, const QString& confirm,
                           QWidget* parent)
    : QDialog(parent), list_(new QListWidget(this)) {
  setWindowTitle(title);
  list_->setAccessibleName(listName);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(confirm);
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(list_, &QListWidget::itemActivated, this, &QDialog::accept);

  auto* layout = new QVBoxLayout(this);
  if (!hint.isEmpty()) {
    auto* text = new QLabel(hint, this);
    text->setWordWrap(true);
    layout->addWidget(text);
  }
  layout->addWidget(list_, 1);
  layout->addWidget(buttons);
  list_->setFocus();
}

void ChoiceDialog::addChoice(const QString& text, const QVariant& value) {
  auto* item = new QListWidgetItem(text, list_);
  item->setData(Qt::UserRole, value);
  if (list_->count() == 1) list_->setCurrentRow(0);
}

QVariant ChoiceDialog::chosen() const {
  const QListWidgetItem* item = list_->currentItem();
  return item ? item->data(Qt::UserRole) : QVariant();
}

}  // namespace civiq::counter
