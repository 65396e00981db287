// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A clerk picks one thing from a short list (the matter of a walk-in, the reason for a break).
// Keyboard first: the list has the focus with its first entry chosen, arrows choose, Enter
// confirms, Escape cancels. Thread rule: GUI thread.
#include <QDialog>
#include <QListWidget>
#include <QVariant>

namespace civiq::counter {

class ChoiceDialog : public QDialog {
  Q_OBJECT

 public:
  // `hint`: a sentence above the list (may be empty); `confirm`: the text of the OK button.
  ChoiceDialog(const QString& title, const QString& hint, const QString& listName, const QString& confirm,
               QWidget* parent = nullptr);

  void addChoice(const QString& text, const QVariant& value);
  [[nodiscard]] QVariant chosen() const;  // invalid when nothing is chosen
  [[nodiscard]] QListWidget* list() const { return list_; }

 private:
  QListWidget* list_;
};

}  // namespace civiq::counter
