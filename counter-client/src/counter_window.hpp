// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The clerk's main window: the ticket at the counter and the action keys on the left, the live lists
// on the right, a banner over everything when the connection is lost (actions are then off: nothing
// is sent that could not arrive), the emergency alarm's band above it, and a status line with the counts, the longest wait, the last
// word of the server and any kiosk or display that needs someone. Composes the panels; holds no state of its own. Thread rule: GUI thread.
#include <QLabel>
#include <QMainWindow>

#include "action_bar.hpp"
#include "alarm_banner.hpp"
#include "qtclient/counter_controller.hpp"
#include "qtclient/staff_feed.hpp"
#include "queue_panel.hpp"
#include "service_directory.hpp"
#include "ticket_panel.hpp"

namespace civiq::counter {

class CounterWindow : public QMainWindow {
  Q_OBJECT

 public:
  CounterWindow(qtclient::StaffFeed& feed, qtclient::DeviceHealthModel& devices, qtclient::CounterController& counter,
                ServiceDirectory& services, qtclient::AlarmBoard& alarms, QWidget* parent = nullptr);

  [[nodiscard]] TicketPanel* ticketPanel() const { return ticket_; }
  [[nodiscard]] ActionBar* actionBar() const { return actions_; }
  [[nodiscard]] QueuePanel* queuePanel() const { return lists_; }
  [[nodiscard]] QLabel* banner() const { return banner_; }
  [[nodiscard]] QLabel* message() const { return message_; }
  [[nodiscard]] QLabel* deviceAlert() const { return deviceAlert_; }
  [[nodiscard]] AlarmBanner* alarmBanner() const { return alarm_; }

 private:
  void showConnection();
  void showCounts();
  void showDeviceAlert();
  void showMessage(const QString& text);
  void askTransfer();
  void askWalkIn();
  void askBreak();
  void onActionFailed(qtclient::CounterController::Action action, protocol::ErrorCode code, const QString& text);

  qtclient::StaffFeed& feed_;
  qtclient::DeviceHealthModel& devices_;
  qtclient::CounterController& counter_;
  ServiceDirectory& services_;
  QLabel* banner_;
  AlarmBanner* alarm_;
  TicketPanel* ticket_;
  ActionBar* actions_;
  QueuePanel* lists_;
  QLabel* message_;
  QLabel* counts_;
  QLabel* deviceAlert_;
  QString breakReason_;              // of the last break asked for, to repeat it when confirmed
  bool confirmingUnstaffed_ = false;  // the clerk has said "go ahead anyway" to a staffing warning
};

}  // namespace civiq::counter
