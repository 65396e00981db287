// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The clerk's actions, each one key, shown on its button (a USB foot switch that sends a key works
// the same). Buttons are enabled only when the CounterController says the action makes sense now.
// The buttons never take the keyboard focus: the keys work from anywhere in the window, and focus
// stays where the clerk left it (in a list) after every action. Transfer needs a target and a break a
// reason: the bar asks for them through its signals. F12 takes a break, and ends it while on one
// (the button says which). Thread rule: GUI thread.
#include <QKeySequence>
#include <QPushButton>
#include <QWidget>
#include <vector>

#include "qtclient/counter_controller.hpp"

namespace civiq::counter {

class ActionBar : public QWidget {
  Q_OBJECT

 public:
  using Action = qtclient::CounterController::Action;

  struct Binding {
    Action action;
    QKeySequence key;
    QString text;
  };
  // The keys of the actions (F2 call next … F9 open, F10 close), in the order of the buttons.
  [[nodiscard]] static std::vector<Binding> bindings();

  // `window` receives the shortcuts (they work wherever the focus is inside it).
  ActionBar(qtclient::CounterController& counter, QWidget* window, QWidget* parent = nullptr);

  [[nodiscard]] QPushButton* button(Action action) const;

 signals:
  void transferRequested();
  void walkInRequested();  // F11: a citizen without a ticket; the window asks for the service
  void breakRequested();   // F12 while working: the window asks for the reason (F12 on a break ends it)

 private:
  void trigger(Action action);
  void refresh();

  qtclient::CounterController& counter_;
  std::vector<std::pair<Action, QPushButton*>> buttons_;
};

}  // namespace civiq::counter
