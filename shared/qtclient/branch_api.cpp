// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_api.hpp"

#include <string>

#include "protocol/routes.hpp"

namespace civiq::qtclient {
namespace {

namespace route = protocol::route;

QString pathOf(const protocol::RouteDef& def, std::string_view value = {}) {
  return QString::fromStdString(protocol::path_of(def, value));
}

QString pathOf(const protocol::RouteDef& def, const QString& value) { return pathOf(def, value.toStdString()); }

QString pathOf(const protocol::RouteDef& def, domain::CounterId counter) {
  return pathOf(def, std::to_string(counter.value));
}

const protocol::RouteDef& routeOf(CounterAction action) {
  switch (action) {
    case CounterAction::Open: return route::kCounterOpen;
    case CounterAction::CallNext: return route::kCounterCallNext;
    case CounterAction::Recall: return route::kCounterRecall;
    case CounterAction::Start: return route::kCounterStart;
    case CounterAction::Finish: return route::kCounterFinish;
    case CounterAction::NoShow: return route::kCounterNoShow;
    case CounterAction::Park: return route::kCounterPark;
    case CounterAction::EndBreak: return route::kCounterBreakEnd;
    case CounterAction::RaiseAlarm: return route::kCounterAlarm;
    case CounterAction::AcknowledgeAlarm: return route::kCounterAlarmAcknowledge;
  }
  return route::kCounterOpen;  // unreachable: every enumerator is handled above
}

}  // namespace

void BranchApi::health(QObject* receiver, Done<protocol::Health> done) {
  client_.getAs<protocol::Health>(pathOf(route::kHealth), receiver, std::move(done));
}

void BranchApi::services(const QString& language, QObject* receiver, Done<protocol::ServiceList> done) {
  client_.getAs<protocol::ServiceList>(pathOf(route::kServices) + QStringLiteral("?lang=") + language, receiver,
                                       std::move(done));
}

void BranchApi::ticket(const QString& token, QObject* receiver, Done<protocol::TicketView> done) {
  client_.getAs<protocol::TicketView>(pathOf(route::kTicket, token), receiver, std::move(done));
}

void BranchApi::kiosk(QObject* receiver, Done<protocol::KioskInfo> done) {
  client_.getAs<protocol::KioskInfo>(pathOf(route::kKiosk), receiver, std::move(done));
}

void BranchApi::display(QObject* receiver, Done<protocol::DisplayInfo> done) {
  client_.getAs<protocol::DisplayInfo>(pathOf(route::kDisplay), receiver, std::move(done));
}

void BranchApi::issueTicket(const protocol::IssueTicketRequest& request, const ActionKey& action, QObject* receiver,
                            Done<protocol::IssuedTicket> done) {
  client_.postAs<protocol::IssuedTicket>(pathOf(route::kIssueTicket), request, action, receiver, std::move(done));
}

void BranchApi::checkIn(const QString& code, const protocol::CheckInRequest& request, const ActionKey& action,
                        QObject* receiver, Done<protocol::IssuedTicket> done) {
  client_.postAs<protocol::IssuedTicket>(pathOf(route::kCheckIn, code), request, action, receiver, std::move(done));
}

void BranchApi::me(QObject* receiver, Done<protocol::Me> done) {
  client_.getAs<protocol::Me>(pathOf(route::kMe), receiver, std::move(done));
}

void BranchApi::reportStatus(const protocol::DeviceStatusReport& report, QObject* receiver,
                             Done<protocol::NoBody> done) {
  client_.postAs<protocol::NoBody>(pathOf(route::kDeviceStatus), report, std::nullopt, receiver, std::move(done));
}

void BranchApi::logout(QObject* receiver, Done<protocol::NoBody> done) {
  // Not retried: after a lost reply the session is either ended or ends by itself; the app forgets
  // the token either way.
  client_.postAs<protocol::NoBody>(pathOf(route::kLogout), protocol::NoBody{}, std::nullopt, receiver,
                                   std::move(done));
}

void BranchApi::queue(QObject* receiver, Done<protocol::QueueView> done) {
  client_.getAs<protocol::QueueView>(pathOf(route::kQueue), receiver, std::move(done));
}

void BranchApi::counters(QObject* receiver, Done<protocol::CounterList> done) {
  client_.getAs<protocol::CounterList>(pathOf(route::kCounters), receiver, std::move(done));
}

void BranchApi::appointments(QObject* receiver, Done<protocol::AppointmentList> done) {
  client_.getAs<protocol::AppointmentList>(pathOf(route::kAppointments), receiver, std::move(done));
}

void BranchApi::devices(QObject* receiver, Done<protocol::DeviceHealthList> done) {
  client_.getAs<protocol::DeviceHealthList>(pathOf(route::kDevices), receiver, std::move(done));
}

void BranchApi::importAppointments(const protocol::AppointmentImport& appointments, QObject* receiver,
                                   Done<protocol::ImportResult> done) {
  // An import replaces the appointments it names, so repeating it is harmless; no key needed.
  client_.postAs<protocol::ImportResult>(pathOf(route::kImportAppointments), appointments, std::nullopt, receiver,
                                         std::move(done));
}

void BranchApi::counterAction(domain::CounterId counter, CounterAction action, const ActionKey& key,
                              QObject* receiver, Done<protocol::CounterView> done) {
  client_.postAs<protocol::CounterView>(pathOf(routeOf(action), counter), protocol::NoBody{}, key, receiver,
                                        std::move(done));
}

void BranchApi::transfer(domain::CounterId counter, const protocol::TransferRequest& target, const ActionKey& key,
                         QObject* receiver, Done<protocol::CounterView> done) {
  client_.postAs<protocol::CounterView>(pathOf(route::kCounterTransfer, counter), target, key, receiver,
                                        std::move(done));
}

void BranchApi::finish(domain::CounterId counter, const protocol::FinishRequest& request, const ActionKey& key,
                       QObject* receiver, Done<protocol::CounterView> done) {
  client_.postAs<protocol::CounterView>(pathOf(route::kCounterFinish, counter), request, key, receiver, std::move(done));
}

void BranchApi::close(domain::CounterId counter, const protocol::CloseRequest& request, const ActionKey& key,
                      QObject* receiver, Done<protocol::CounterView> done) {
  client_.postAs<protocol::CounterView>(pathOf(route::kCounterClose, counter), request, key, receiver, std::move(done));
}

void BranchApi::startBreak(domain::CounterId counter, const protocol::BreakRequest& request, const ActionKey& key,
                           QObject* receiver, Done<protocol::CounterView> done) {
  client_.postAs<protocol::CounterView>(pathOf(route::kCounterBreak, counter), request, key, receiver, std::move(done));
}

void BranchApi::breakReasons(const QString& language, QObject* receiver, Done<protocol::BreakReasonList> done) {
  client_.getAs<protocol::BreakReasonList>(pathOf(route::kBreakReasons) + QStringLiteral("?lang=") + language,
                                           receiver, std::move(done));
}

void BranchApi::callTicket(domain::CounterId counter, domain::TicketId ticket, const ActionKey& key,
                           QObject* receiver, Done<protocol::CounterView> done) {
  client_.postAs<protocol::CounterView>(pathOf(route::kCounterCall, counter), protocol::TicketRef{ticket}, key,
                                        receiver, std::move(done));
}

void BranchApi::reactivate(domain::CounterId counter, domain::TicketId ticket, const ActionKey& key,
                           QObject* receiver, Done<protocol::CounterView> done) {
  client_.postAs<protocol::CounterView>(pathOf(route::kCounterReactivate, counter), protocol::TicketRef{ticket}, key,
                                        receiver, std::move(done));
}

}  // namespace civiq::qtclient
