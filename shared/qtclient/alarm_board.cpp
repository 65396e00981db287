// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "alarm_board.hpp"

#include <algorithm>

namespace civiq::qtclient {

AlarmBoard::AlarmBoard(BranchApi& api, StaffFeed& feed, QObject* parent) : QObject(parent), api_(api), feed_(feed) {
  CountersModel* counters = feed_.counters();
  connect(counters, &QAbstractItemModel::dataChanged, this, &AlarmBoard::readCounters);
  connect(counters, &QAbstractItemModel::rowsInserted, this, &AlarmBoard::readCounters);
  connect(counters, &QAbstractItemModel::rowsRemoved, this, &AlarmBoard::readCounters);
  connect(counters, &QAbstractItemModel::modelReset, this, &AlarmBoard::readCounters);
  connect(feed_.stream(), &EventStream::connected, this, &AlarmBoard::resendPending);
  readCounters();
}

void AlarmBoard::raise(domain::CounterId counter) {
  const Press press{CounterAction::RaiseAlarm, ActionKey::make()};
  pending_.insert_or_assign({counter, press.action}, press);
  send(counter, press);
}

void AlarmBoard::acknowledge(domain::CounterId counter) {
  const Press press{CounterAction::AcknowledgeAlarm, ActionKey::make()};
  pending_.insert_or_assign({counter, press.action}, press);
  send(counter, press);
}

void AlarmBoard::acknowledgeAll() {
  const auto shown = alarms_;  // a reply may change the list while we go through it
  for (const Alarm& alarm : shown) acknowledge(alarm.counter);
}

void AlarmBoard::send(domain::CounterId counter, const Press& press) {
  api_.counterAction(counter, press.action, press.key, this,
                     [this, counter, press](const TypedReply<protocol::CounterView>& reply) {
                       const auto slot = pending_.find({counter, press.action});
                       const bool current = slot != pending_.end() && slot->second.key == press.key;
                       if (reply.http.unreachable()) {
                         emit waitingForConnection();
                         return;  // kept: resendPending() tries again on the next connection
                       }
                       if (current) pending_.erase(slot);
                       if (!reply.http.ok()) emit failed(reply.http.error);
                     });
}

void AlarmBoard::resendPending() {
  for (const auto& [key, press] : pending_) send(key.first, press);
}

void AlarmBoard::readCounters() {
  std::vector<Alarm> now;
  for (const auto& counter : feed_.counters()->rows())
    if (counter.alarm_since)
      now.push_back({counter.id, QString::fromStdString(counter.name),
                     QString::fromStdString(counter.alarm_raised_by.value_or(std::string())), *counter.alarm_since});
  std::stable_sort(now.begin(), now.end(), [](const Alarm& a, const Alarm& b) { return a.since < b.since; });
  const auto same = [](const Alarm& a, const Alarm& b) { return a.counter == b.counter && a.since == b.since; };
  if (std::equal(now.begin(), now.end(), alarms_.begin(), alarms_.end(), same)) return;
  std::vector<domain::CounterId> fresh;
  for (const Alarm& alarm : now)
    if (std::none_of(alarms_.begin(), alarms_.end(), [&](const Alarm& old) { return same(old, alarm); }))
      fresh.push_back(alarm.counter);
  alarms_ = std::move(now);
  emit changed();
  for (const auto counter : fresh) emit alarmRaised(counter);
}

}  // namespace civiq::qtclient
