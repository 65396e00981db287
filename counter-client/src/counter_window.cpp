// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "counter_window.hpp"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

#include "choice_dialog.hpp"
#include "device_words.hpp"
#include "role_columns_model.hpp"
#include "transfer_dialog.hpp"
#include "walk_in_dialog.hpp"

namespace civiq::counter {

using qtclient::ConnectionState;
using qtclient::CounterController;

CounterWindow::CounterWindow(qtclient::StaffFeed& feed, qtclient::DeviceHealthModel& devices,
                             CounterController& counter, ServiceDirectory& services, qtclient::AlarmBoard& alarms,
                             QWidget* parent)
    : QMainWindow(parent),
      feed_(feed),
      devices_(devices),
      counter_(counter),
      services_(services),
      banner_(new QLabel(this)),
      alarm_(new AlarmBanner(alarms, counter.counterId(), this, this)),
      ticket_(new TicketPanel(counter, services, this)),
      actions_(new ActionBar(counter, this, this)),
      lists_(new QueuePanel(feed, devices, counter, services, this)),
      message_(new QLabel(this)),
      counts_(new QLabel(this)),
      deviceAlert_(new QLabel(this)) {
  banner_->setAlignment(Qt::AlignCenter);
  banner_->setWordWrap(true);
  banner_->setAccessibleName(tr("Verbindung"));
  // Seen from across the desk: white on dark red, whatever the theme.
  banner_->setStyleSheet(QStringLiteral("background: #a4000f; color: white; font-weight: bold; padding: 8px;"));
  banner_->hide();

  auto* left = new QVBoxLayout;
  left->addWidget(ticket_, 1);
  left->addWidget(actions_);
  auto* columns = new QHBoxLayout;
  columns->addLayout(left, 2);
  columns->addWidget(lists_, 3);
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->addWidget(alarm_);
  layout->addWidget(banner_);
  layout->addLayout(columns, 1);
  setCentralWidget(central);
  message_->setAccessibleName(tr("Meldung"));
  statusBar()->addWidget(message_, 1);
  statusBar()->addPermanentWidget(counts_);
  deviceAlert_->setAccessibleName(tr("Geräte"));
  // White on dark red like the banner: dark red text alone vanishes on a high-contrast (black) theme.
  deviceAlert_->setStyleSheet(QStringLiteral("background: #a4000f; color: white; font-weight: bold; padding: 0 6px;"));
  statusBar()->addPermanentWidget(deviceAlert_);
  auto* alarmHint = new QLabel(tr("Notruf: %1").arg(AlarmBanner::raiseKey().toString(QKeySequence::NativeText)), this);
  alarmHint->setAccessibleName(tr("Notruf auslösen"));
  statusBar()->addPermanentWidget(alarmHint);
  connect(&alarms, &qtclient::AlarmBoard::failed, this,
          [this](const QString& text) { showMessage(tr("Notruf nicht ausgeführt: %1").arg(text)); });
  connect(&alarms, &qtclient::AlarmBoard::waitingForConnection, this,
          [this] { showMessage(tr("Notruf: keine Verbindung zum Server, er wird gesendet, sobald sie zurück ist.")); });

  connect(feed_.stream(), &qtclient::EventStream::stateChanged, this, &CounterWindow::showConnection);
  connect(lists_, &QueuePanel::countsChanged, this, &CounterWindow::showCounts);
  connect(&devices_, &qtclient::DeviceHealthModel::countChanged, this, &CounterWindow::showDeviceAlert);
  connect(actions_, &ActionBar::transferRequested, this, &CounterWindow::askTransfer);
  connect(actions_, &ActionBar::walkInRequested, this, &CounterWindow::askWalkIn);
  connect(actions_, &ActionBar::breakRequested, this, &CounterWindow::askBreak);
  connect(&counter_, &CounterController::actionFailed, this, &CounterWindow::onActionFailed);
  connect(&counter_, &CounterController::actionSucceeded, this, [this] {
    confirmingUnstaffed_ = false;
    showMessage({});
  });
  connect(&counter_, &CounterController::nobodyWaiting, this,
          [this] { showMessage(tr("Niemand wartet auf die Dienste dieses Schalters.")); });
  connect(&counter_, &CounterController::changed, this,
          [this] { setWindowTitle(tr("civiq – %1").arg(counter_.counterName())); });
  showConnection();
  showCounts();
  showDeviceAlert();
  lists_->waitingView()->setFocus();
}

void CounterWindow::showConnection() {
  const ConnectionState state = feed_.stream()->state();
  const bool connected = state == ConnectionState::Connected;
  if (state == ConnectionState::SignedOut)
    banner_->setText(tr("Abgemeldet: bitte erneut anmelden."));
  else if (!connected)
    banner_->setText(tr("Keine Verbindung zum Server – Aktionen sind gesperrt, es wird neu verbunden …"));
  banner_->setVisible(!connected && state != ConnectionState::Connecting);
  actions_->setEnabled(connected);
  lists_->setEnabled(connected);
}

void CounterWindow::showCounts() {
  counts_->setText(tr("%1 wartend · längste Wartezeit %2")
                       .arg(lists_->waitingCount())
                       .arg(formatMinutes(lists_->longestWaitSeconds())));
}

void CounterWindow::showDeviceAlert() {
  const QString alert = DeviceWords::alert(devices_);
  deviceAlert_->setText(alert.isEmpty() ? QString() : QStringLiteral("⚠ ") + alert);
  deviceAlert_->setVisible(!alert.isEmpty());
}

void CounterWindow::showMessage(const QString& text) {
  message_->setText(text);
}

void CounterWindow::askWalkIn() {
  if (!counter_.view()) return;
  WalkInDialog dialog(services_, counter_.view()->service_ids, this);
  if (dialog.exec() != QDialog::Accepted) return;
  if (const auto service = dialog.service()) counter_.walkIn(*service);
}

void CounterWindow::askBreak() {
  ChoiceDialog dialog(tr("Pause"), tr("Der Schalter bleibt Ihrer, ruft aber niemanden auf, bis Sie mit F12 zurück sind."),
                      tr("Grund"), tr("Pause beginnen"), this);
  for (const auto& reason : services_.breakReasons())
    dialog.addChoice(QString::fromStdString(reason.name), QString::fromStdString(reason.id));
  if (dialog.exec() != QDialog::Accepted || !dialog.chosen().isValid()) return;
  breakReason_ = dialog.chosen().toString();
  counter_.startBreak(breakReason_);
}

// A break or closing that would leave citizens waiting with no counter: the clerk decides once (the
// office may refuse it even then: the second refusal is shown as it came).
void CounterWindow::onActionFailed(CounterController::Action action, protocol::ErrorCode code, const QString& text) {
  const bool leaving = action == CounterController::Action::Close || action == CounterController::Action::StartBreak;
  if (code == protocol::ErrorCode::ServiceUnstaffed && leaving && !confirmingUnstaffed_) {
    const auto answer = QMessageBox::question(
        this, tr("Niemand mehr für die Wartenden"),
        tr("Danach ruft kein offener Schalter mehr Wartende einiger Dienste auf. Trotzdem?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) return showMessage(tr("Nicht ausgeführt: der Schalter bleibt für die Wartenden da."));
    confirmingUnstaffed_ = true;
    if (action == CounterController::Action::Close) return counter_.close(true);
    return counter_.startBreak(breakReason_, true);
  }
  confirmingUnstaffed_ = false;
  showMessage(tr("Nicht ausgeführt: %1").arg(text));
}

void CounterWindow::askTransfer() {
  TransferDialog dialog(services_, *feed_.counters(), counter_.counterId(), this);
  if (dialog.exec() != QDialog::Accepted) return;
  if (const auto target = dialog.target()) counter_.transfer(*target);
}

}  // namespace civiq::counter
