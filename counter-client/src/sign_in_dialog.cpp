// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sign_in_dialog.hpp"

#include <QDialogButtonBox>
#include <QFormLayout>

namespace civiq::counter {

namespace {
constexpr int kMaxCounter = 999;
}

SignInDialog::SignInDialog(const QString& user, int counter, QWidget* parent)
    : QDialog(parent),
      user_(new QLineEdit(user, this)),
      password_(new QLineEdit(this)),
      counter_(new QSpinBox(this)),
      message_(new QLabel(this)),
      signIn_(new QPushButton(tr("&Anmelden"), this)) {
  setWindowTitle(tr("civiq – Anmeldung am Schalter"));
  password_->setEchoMode(QLineEdit::Password);
  counter_->setRange(1, kMaxCounter);
  counter_->setValue(counter > 0 ? counter : 1);
  counter_->setEnabled(counter <= 0);  // a PC whose counter is configured is that counter
  message_->setWordWrap(true);
  message_->setAccessibleName(tr("Meldung"));
  signIn_->setDefault(true);
  auto* buttons = new QDialogButtonBox(this);
  buttons->addButton(signIn_, QDialogButtonBox::AcceptRole);
  connect(signIn_, &QPushButton::clicked, this, &SignInDialog::submit);

  auto* form = new QFormLayout(this);
  form->addRow(tr("&Benutzer:"), user_);
  form->addRow(tr("&Passwort:"), password_);
  form->addRow(tr("&Schalter:"), counter_);
  form->addRow(message_);
  form->addRow(buttons);
  (user.isEmpty() ? user_ : password_)->setFocus();
}

void SignInDialog::askPasswordAgain(const QString& reason) {
  user_->setEnabled(false);
  counter_->setEnabled(false);
  password_->clear();
  setMessage(reason);
  setBusy(false);
  password_->setFocus();
}

void SignInDialog::setMessage(const QString& message) {
  message_->setText(message);
}

void SignInDialog::setBusy(bool busy) {
  signIn_->setEnabled(!busy);
  password_->setEnabled(!busy);
  if (!busy) password_->setFocus();
}

void SignInDialog::submit() {
  if (user_->text().trimmed().isEmpty() || password_->text().isEmpty()) {
    setMessage(tr("Bitte Benutzer und Passwort eingeben."));
    return;
  }
  setMessage(tr("Anmeldung läuft …"));
  setBusy(true);
  emit signInRequested(user_->text().trimmed(), password_->text(), counter_->value());
}

}  // namespace civiq::counter
