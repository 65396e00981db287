// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "alarm_banner.hpp"

#include <QApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QShortcut>

#include "role_columns_model.hpp"

namespace civiq::counter {

AlarmBanner::AlarmBanner(qtclient::AlarmBoard& board, domain::CounterId ownCounter, QWidget* window,
                         QWidget* parent)
    : QFrame(parent),
      board_(board),
      ownCounter_(ownCounter),
      window_(window),
      text_(new QLabel(this)),
      acknowledge_(new QPushButton(this)) {
  setObjectName(QStringLiteral("alarmBanner"));
  // Seen from across the room: white on signal red, whatever the theme or contrast setting.
  setStyleSheet(QStringLiteral("#alarmBanner { background: #d0021b; } #alarmBanner QLabel { color: white; }"));
  QFont large = text_->font();
  large.setPointSizeF(large.pointSizeF() * 1.6);  // relative, so a larger system font stays larger
  large.setBold(true);
  text_->setFont(large);
  text_->setWordWrap(true);
  text_->setAccessibleName(tr("Notruf"));
  acknowledge_->setText(
      tr("Ich komme – quittieren (%1)").arg(acknowledgeKey().toString(QKeySequence::NativeText)));
  acknowledge_->setAccessibleName(tr("Notruf quittieren"));
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(text_, 1);
  layout->addWidget(acknowledge_);

  sound_.setSource(QUrl(QStringLiteral("qrc:/civiq/counter/alarm.wav")));
  sound_.setLoopCount(QSoundEffect::Infinite);

  auto* raise = new QShortcut(raiseKey(), window);
  raise->setContext(Qt::ApplicationShortcut);  // also from a dialog that happens to be open
  connect(raise, &QShortcut::activated, this, [this] { board_.raise(ownCounter_); });
  auto* acknowledgeAll = new QShortcut(acknowledgeKey(), window);
  acknowledgeAll->setContext(Qt::ApplicationShortcut);
  connect(acknowledgeAll, &QShortcut::activated, &board_, &qtclient::AlarmBoard::acknowledgeAll);
  connect(acknowledge_, &QPushButton::clicked, &board_, &qtclient::AlarmBoard::acknowledgeAll);
  connect(&board_, &qtclient::AlarmBoard::changed, this, &AlarmBanner::showAlarms);
  showAlarms();
}

void AlarmBanner::showAlarms() {
  QStringList lines;
  bool colleagueInDanger = false;
  for (const auto& alarm : board_.alarms()) {
    if (alarm.counter == ownCounter_) {
      lines << tr("Notruf an diesem Schalter ausgelöst (%1) – die Kolleginnen und Kollegen sind alarmiert.")
                   .arg(officeTimeOfDay(alarm.since));
    } else {
      colleagueInDanger = true;
      lines << tr("NOTRUF: %1 braucht Hilfe – ausgelöst von %2 um %3")
                   .arg(alarm.counterName, alarm.raisedBy, officeTimeOfDay(alarm.since));
    }
  }
  text_->setText(lines.join(QLatin1Char('\n')));
  setVisible(!lines.isEmpty());
  if (colleagueInDanger && !sound_.isPlaying()) {
    sound_.play();
    window_->show();
    window_->raise();
    window_->activateWindow();
    QApplication::alert(window_);  // flashes the task bar entry where the window manager cannot raise it
  } else if (!colleagueInDanger) {
    sound_.stop();
  }
}

}  // namespace civiq::counter
