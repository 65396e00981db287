// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Sign-in at a counter PC: user, password and the counter this PC is (asked only until the machine
// knows it). After an expired session it asks for the password alone: user and counter stay, and so
// does the window behind it with the ticket at the counter. Refusals (wrong password, too many
// tries, server unreachable) show in the dialog in plain words. Thread rule: GUI thread.
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace civiq::counter {

class SignInDialog : public QDialog {
  Q_OBJECT

 public:
  // counter 0: the clerk chooses it here.
  SignInDialog(const QString& user, int counter, QWidget* parent = nullptr);

  // Only the password: the session of `user` ended (expired or ended by the server).
  void askPasswordAgain(const QString& reason);
  void setMessage(const QString& message);
  void setBusy(bool busy);

  [[nodiscard]] QLineEdit* userField() const { return user_; }
  [[nodiscard]] QLineEdit* passwordField() const { return password_; }
  [[nodiscard]] QSpinBox* counterField() const { return counter_; }
  [[nodiscard]] QLabel* messageLabel() const { return message_; }
  [[nodiscard]] QPushButton* signInButton() const { return signIn_; }

 signals:
  void signInRequested(const QString& user, const QString& password, int counter);

 private:
  void submit();

  QLineEdit* user_;
  QLineEdit* password_;
  QSpinBox* counter_;
  QLabel* message_;
  QPushButton* signIn_;
};

}  // namespace civiq::counter
