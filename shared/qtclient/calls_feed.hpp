// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The public `calls` topic of a branch, ready for screens: recent calls and the load per service as
// list models, kept in sync over the events stream (snapshot on every (re)connect, then events), and
// a signal for every new call or recall as it happens (for announcements). Optionally limited to
// some counters or services (one screen per floor). Thread rule: GUI thread.
#include <QObject>
#include <QSet>
#include <QString>

#include "branch_client.hpp"
#include "event_stream.hpp"
#include "recent_calls_model.hpp"
#include "service_load_model.hpp"

namespace civiq::qtclient {

struct CallsFilter {
  QSet<int> counters;  // empty: all
  QSet<int> services;  // empty: all
  [[nodiscard]] bool accepts(const protocol::CallNotice& call) const;
  [[nodiscard]] bool acceptsService(domain::ServiceId service) const;
};

class CallsFeed : public QObject {
  Q_OBJECT
  Q_PROPERTY(civiq::qtclient::RecentCallsModel* recentCalls READ recentCalls CONSTANT)
  Q_PROPERTY(civiq::qtclient::ServiceLoadModel* serviceLoads READ serviceLoads CONSTANT)
  Q_PROPERTY(civiq::qtclient::EventStream* stream READ stream CONSTANT)

 public:
  CallsFeed(BranchClient& client, QString language, CallsFilter filter, int recentRows,
            EventStreamOptions options = {}, QObject* parent = nullptr);

  void start() { stream_.start(); }
  void stop() { stream_.stop(); }

  [[nodiscard]] RecentCallsModel* recentCalls() { return &recentCalls_; }
  [[nodiscard]] ServiceLoadModel* serviceLoads() { return &serviceLoads_; }
  [[nodiscard]] EventStream* stream() { return &stream_; }
  [[nodiscard]] const RecentCallsModel* recentCalls() const { return &recentCalls_; }
  [[nodiscard]] const ServiceLoadModel* serviceLoads() const { return &serviceLoads_; }
  [[nodiscard]] const EventStream* stream() const { return &stream_; }

 signals:
  // A call or recall that just happened (not the ones of a snapshot), after the model has it.
  void called(const civiq::protocol::CallNotice& call);
  // The snapshot after a (re)connect has been applied: the models show the server's state.
  void synchronized();

 private:
  void onFrame(const protocol::Frame& frame);
  void fetchServices();
  void applyLoads(const std::vector<protocol::ServiceLoad>& loads);

  BranchClient& client_;
  QString language_;
  CallsFilter filter_;
  EventStream stream_;
  RecentCallsModel recentCalls_;
  ServiceLoadModel serviceLoads_;
  std::vector<protocol::ServiceLoad> lastLoads_;
};

}  // namespace civiq::qtclient
