// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "action_bar.hpp"

#include <QGridLayout>
#include <QShortcut>

namespace civiq::counter {

namespace {
constexpr int kButtonsPerRow = 3;  // 4 leave the lists too narrow for their tabs at 200 % scaling
}

std::vector<ActionBar::Binding> ActionBar::bindings() {
  return {
      {Action::CallNext, QKeySequence(Qt::Key_F2), tr("Nächste aufrufen")},
      {Action::Recall, QKeySequence(Qt::Key_F3), tr("Erneut aufrufen")},
      {Action::Start, QKeySequence(Qt::Key_F4), tr("Bedienung beginnen")},
      {Action::Finish, QKeySequence(Qt::Key_F5), tr("Fertig")},
      {Action::FinishNotServed, QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Fertig – nicht bedient")},
      {Action::NoShow, QKeySequence(Qt::Key_F6), tr("Nicht erschienen")},
      {Action::Park, QKeySequence(Qt::Key_F7), tr("Parken")},
      {Action::Transfer, QKeySequence(Qt::Key_F8), tr("Weiterleiten …")},
      {Action::Open, QKeySequence(Qt::Key_F9), tr("Schalter öffnen")},
      {Action::Close, QKeySequence(Qt::Key_F10), tr("Schalter schließen")},
      {Action::WalkIn, QKeySequence(Qt::Key_F11), tr("Ohne Wartemarke …")},
      {Action::StartBreak, QKeySequence(Qt::Key_F12), tr("Pause …")},
  };
}

ActionBar::ActionBar(qtclient::CounterController& counter, QWidget* window, QWidget* parent)
    : QWidget(parent), counter_(counter) {
  auto* layout = new QGridLayout(this);
  int slot = 0;
  for (const Binding& binding : bindings()) {
    auto* button = new QPushButton(
        QStringLiteral("%1\n%2").arg(binding.key.toString(QKeySequence::NativeText), binding.text), this);
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(button->fontMetrics().height() * 3);
    button->setAccessibleName(binding.text);
    layout->addWidget(button, slot / kButtonsPerRow, slot % kButtonsPerRow);
    ++slot;
    const Action action = binding.action;
    connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
    auto* shortcut = new QShortcut(binding.key, window);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, [this, action] { trigger(action); });
    buttons_.emplace_back(action, button);
  }
  connect(&counter_, &qtclient::CounterController::changed, this, &ActionBar::refresh);
  refresh();
}

QPushButton* ActionBar::button(Action action) const {
  for (const auto& [bound, button] : buttons_)
    if (bound == action) return button;
  return nullptr;
}

void ActionBar::trigger(Action action) {
  if (action == Action::StartBreak && counter_.can(Action::EndBreak)) return counter_.endBreak();
  if (!counter_.can(action)) return;  // a key pressed while its action makes no sense
  switch (action) {
    case Action::Open:
      return counter_.open();
    case Action::Close:
      return counter_.close();
    case Action::CallNext:
      return counter_.callNext();
    case Action::Recall:
      return counter_.recall();
    case Action::Start:
      return counter_.start();
    case Action::Finish:
      return counter_.finish();
    case Action::FinishNotServed:
      return counter_.finishNotServed();
    case Action::NoShow:
      return counter_.noShow();
    case Action::Park:
      return counter_.park();
    case Action::Transfer:
      emit transferRequested();
      return;
    case Action::WalkIn:
      emit walkInRequested();
      return;
    case Action::StartBreak:
      emit breakRequested();
      return;
    case Action::EndBreak:  // through StartBreak's key, above
      return;
    case Action::CallTicket:
    case Action::Reactivate:
      return;  // from the lists, which know the ticket
  }
}

void ActionBar::refresh() {
  for (const auto& [action, button] : buttons_) button->setEnabled(counter_.can(action));
  if (QPushButton* pause = button(Action::StartBreak)) {
    const bool onBreak = counter_.can(Action::EndBreak);
    const QString text = onBreak ? tr("Pause beenden") : tr("Pause …");
    pause->setText(QStringLiteral("%1\n%2").arg(QKeySequence(Qt::Key_F12).toString(QKeySequence::NativeText), text));
    pause->setAccessibleName(text);
    pause->setEnabled(onBreak || counter_.can(Action::StartBreak));
  }
}

}  // namespace civiq::counter
