// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The office's emergency alarms for staff clients: which counters called for help, since when and by
// whom, read from the `counters` topic of the StaffFeed (every staff client already follows it, so an
// alarm reaches all of them with the same frame that any counter change uses). Raising and
// acknowledging go to the server, which stores them as events. Neither waits for anything else the
// clerk does: the counter's own action may be busy or its counter closed.
//
// A press that got no answer at all (network gone after the client's retries) keeps its ActionKey
// and is sent again when the stream reconnects, until the server has it: an alarm must not be lost
// to a flaky cable. Invariant: alarms() is the alarm list of the newest counters the feed applied.
// Thread rule: GUI thread.
#include <QObject>
#include <QString>
#include <map>
#include <vector>

#include "action_key.hpp"
#include "branch_api.hpp"
#include "staff_feed.hpp"

namespace civiq::qtclient {

class AlarmBoard : public QObject {
  Q_OBJECT
  Q_PROPERTY(bool active READ active NOTIFY changed)

 public:
  struct Alarm {
    domain::CounterId counter;
    QString counterName;  // "Schalter 3"
    QString raisedBy;     // the user name
    domain::TimePoint since;
  };

  AlarmBoard(BranchApi& api, StaffFeed& feed, QObject* parent = nullptr);

  // Oldest first.
  [[nodiscard]] const std::vector<Alarm>& alarms() const { return alarms_; }
  [[nodiscard]] bool active() const { return !alarms_.empty(); }
  // Whether a raise or acknowledgement is still waiting for the server.
  [[nodiscard]] bool pending() const { return !pending_.empty(); }

  void raise(domain::CounterId counter);
  void acknowledge(domain::CounterId counter);
  void acknowledgeAll();

 signals:
  void changed();
  // A counter's alarm appeared that was not there before (start the sound).
  void alarmRaised(domain::CounterId counter);
  // The server refused a press (its words).
  void failed(const QString& message);
  // A press could not reach the server for now: it is kept and sent again on reconnect.
  void waitingForConnection();

 private:
  struct Press {
    CounterAction action;
    ActionKey key;
  };
  void send(domain::CounterId counter, const Press& press);
  void resendPending();
  void readCounters();

  BranchApi& api_;
  StaffFeed& feed_;
  std::vector<Alarm> alarms_;
  std::map<std::pair<domain::CounterId, CounterAction>, Press> pending_;
};

}  // namespace civiq::qtclient
