// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Typed calls of the branch API for the Qt apps: one function per route a kiosk, display or counter
// client uses, with the protocol's message types, paths from protocol::route (never spelled here),
// replies with the typed ErrorCode. Every call names a receiver QObject and its callback runs only
// while the receiver lives. State-changing calls take the ActionKey of the user action (make one per
// tap or click with ActionKey::make() and pass the same key when the user retries the same action).
// The citizens' own routes (cancel, postpone) are the live-ticket page's, not listed here.
// Thread rule: GUI thread, like the BranchClient it uses.
#include <QString>
#include <functional>

#include "action_key.hpp"
#include "branch_client.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

// The counter actions without a body. Closing, a break, transfer, finishing with an outcome, calling
// a given ticket and reactivating have their own functions. The alarm's two need no open counter (AlarmBoard).
enum class CounterAction { Open, CallNext, Recall, Start, Finish, NoShow, Park, EndBreak, RaiseAlarm, AcknowledgeAlarm };

class BranchApi {
 public:
  template <class T>
  using Done = std::function<void(const TypedReply<T>&)>;

  explicit BranchApi(BranchClient& client) : client_(client) {}
  [[nodiscard]] BranchClient& client() { return client_; }

  // Public
  void health(QObject* receiver, Done<protocol::Health> done);
  void services(const QString& language, QObject* receiver, Done<protocol::ServiceList> done);
  void ticket(const QString& token, QObject* receiver, Done<protocol::TicketView> done);

  // Devices (kiosk, display) and staff
  void kiosk(QObject* receiver, Done<protocol::KioskInfo> done);
  void display(QObject* receiver, Done<protocol::DisplayInfo> done);
  void issueTicket(const protocol::IssueTicketRequest& request, const ActionKey& action, QObject* receiver,
                   Done<protocol::IssuedTicket> done);
  void checkIn(const QString& code, const protocol::CheckInRequest& request, const ActionKey& action,
               QObject* receiver, Done<protocol::IssuedTicket> done);
  void me(QObject* receiver, Done<protocol::Me> done);
  // The device's own heartbeat (kiosk, display). Not retried: the next report replaces a lost one.
  void reportStatus(const protocol::DeviceStatusReport& report, QObject* receiver, Done<protocol::NoBody> done);

  // Staff
  void logout(QObject* receiver, Done<protocol::NoBody> done);
  void queue(QObject* receiver, Done<protocol::QueueView> done);
  void counters(QObject* receiver, Done<protocol::CounterList> done);
  void appointments(QObject* receiver, Done<protocol::AppointmentList> done);
  void devices(QObject* receiver, Done<protocol::DeviceHealthList> done);  // kiosks and displays as staff see them
  void importAppointments(const protocol::AppointmentImport& appointments, QObject* receiver,
                          Done<protocol::ImportResult> done);
  // Answers with the counter after the action. CallNext with nobody waiting: status 204, no value.
  void counterAction(domain::CounterId counter, CounterAction action, const ActionKey& key, QObject* receiver,
                     Done<protocol::CounterView> done);
  void transfer(domain::CounterId counter, const protocol::TransferRequest& target, const ActionKey& key,
                QObject* receiver, Done<protocol::CounterView> done);
  // v1.7: finish with an outcome (CounterAction::Finish is a finish that served, for any server).
  void finish(domain::CounterId counter, const protocol::FinishRequest& request, const ActionKey& key,
              QObject* receiver, Done<protocol::CounterView> done);
  // v1.6: both may be refused with ServiceUnstaffed; the clerk confirms with despite_unstaffed.
  void close(domain::CounterId counter, const protocol::CloseRequest& request, const ActionKey& key,
             QObject* receiver, Done<protocol::CounterView> done);
  void startBreak(domain::CounterId counter, const protocol::BreakRequest& request, const ActionKey& key,
                  QObject* receiver, Done<protocol::CounterView> done);
  void breakReasons(const QString& language, QObject* receiver, Done<protocol::BreakReasonList> done);
  void callTicket(domain::CounterId counter, domain::TicketId ticket, const ActionKey& key, QObject* receiver,
                  Done<protocol::CounterView> done);
  void reactivate(domain::CounterId counter, domain::TicketId ticket, const ActionKey& key, QObject* receiver,
                  Done<protocol::CounterView> done);

 private:
  BranchClient& client_;
};

}  // namespace civiq::qtclient
