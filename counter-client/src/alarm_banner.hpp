// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The emergency alarm as a clerk sees and hears it: a red band over the whole window naming every
// counter that called for help, since when and who, with the key that acknowledges ("I am coming").
// While a colleague's alarm is open the alarm tone loops and the window comes to the front. At the
// counter that raised it the band only confirms that help was called, silently: the person causing
// the danger must not hear it. Thread rule: GUI thread.
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSoundEffect>

#include "qtclient/alarm_board.hpp"

namespace civiq::counter {

class AlarmBanner : public QFrame {
  Q_OBJECT

 public:
  // The keys: raise at this counter, and acknowledge every open alarm.
  static QKeySequence raiseKey() { return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N); }
  static QKeySequence acknowledgeKey() { return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q); }

  AlarmBanner(qtclient::AlarmBoard& board, domain::CounterId ownCounter, QWidget* window, QWidget* parent = nullptr);

  [[nodiscard]] QLabel* text() const { return text_; }
  [[nodiscard]] QPushButton* acknowledgeButton() const { return acknowledge_; }
  [[nodiscard]] bool soundPlaying() const { return sound_.isPlaying(); }

 private:
  void showAlarms();

  qtclient::AlarmBoard& board_;
  domain::CounterId ownCounter_;
  QWidget* window_;
  QLabel* text_;
  QPushButton* acknowledge_;
  QSoundEffect sound_;
};

}  // namespace civiq::counter
