// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The live lists beside the ticket, pushed over the events stream (never polled): the citizens
// waiting for this counter's services, the parked and no-show tickets (call back or reactivate),
// today's appointments with their check-in state, and the kiosks' and displays' health (its tab
// names how many need someone). Enter on a waiting or parked ticket calls
// it; on a no-show it puts it back in the queue. The lists keep selection and scroll position while
// they change (the models change row by row). Thread rule: GUI thread.
#include <QTabWidget>
#include <QTableView>

#include "qtclient/counter_controller.hpp"
#include "qtclient/device_health_model.hpp"
#include "qtclient/queue_filter_model.hpp"
#include "qtclient/staff_feed.hpp"
#include "role_columns_model.hpp"
#include "service_directory.hpp"

namespace civiq::counter {

class QueuePanel : public QTabWidget {
  Q_OBJECT

 public:
  QueuePanel(qtclient::StaffFeed& feed, qtclient::DeviceHealthModel& devices, qtclient::CounterController& counter,
             const ServiceDirectory& services, QWidget* parent = nullptr);

  [[nodiscard]] QTableView* waitingView() const { return waitingView_; }
  [[nodiscard]] QTableView* setAsideView() const { return setAsideView_; }
  [[nodiscard]] QTableView* appointmentsView() const { return appointmentsView_; }
  [[nodiscard]] QTableView* devicesView() const { return devicesView_; }
  [[nodiscard]] int waitingCount() const { return waiting_.count(); }
  [[nodiscard]] qint64 longestWaitSeconds() const;

  // Acts on the selected ticket of the view with the focus: call it, or reactivate a no-show.
  void actOnSelected(QTableView* view);

 signals:
  void countsChanged();

 private:
  QTableView* table(QAbstractItemModel* model, const QString& name);
  void followCounterServices();
  void nameDevicesTab();

  qtclient::StaffFeed& feed_;
  qtclient::DeviceHealthModel& devices_;
  qtclient::CounterController& counter_;
  qtclient::QueueFilterModel waiting_;
  qtclient::QueueFilterModel setAside_;
  RoleColumnsModel waitingColumns_;
  RoleColumnsModel setAsideColumns_;
  RoleColumnsModel appointmentColumns_;
  RoleColumnsModel deviceColumns_;
  QTableView* waitingView_;
  QTableView* setAsideView_;
  QTableView* appointmentsView_;
  QTableView* devicesView_;
};

}  // namespace civiq::counter
