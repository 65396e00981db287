// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The office's clock as the server keeps it, for screens that show the time: GET /api/v1/health
// names the office clock (`now`) and its speed (`time_speed`, office seconds per real second: 1
// except in demos, where it runs faster). Between syncs it runs on the monotonic clock at that
// speed. Before the first sync it is the PC's clock (in UTC, so it is only off if the PC's clock
// is). Civil time is always Europe/Berlin (shared/domain/berlin_time.hpp), never the PC's time zone:
// a display PC set to UTC still shows the office's hour. Invariant: now() is the office time of
// the last sync plus the real time since, times the speed. Thread rule: GUI thread.
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTime>

#include "domain/berlin_time.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

class OfficeClock : public QObject {
  Q_OBJECT

 public:
  explicit OfficeClock(QObject* parent = nullptr);

  // The office clock read at the server just now (the request's round trip is ignored: a display
  // shows minutes).
  void sync(domain::TimePoint officeNow, double speed);
  void sync(const protocol::Health& health) { sync(health.now, health.time_speed); }

  [[nodiscard]] bool isSynced() const { return synced_; }
  [[nodiscard]] double speed() const { return speed_; }
  [[nodiscard]] domain::TimePoint now() const;
  // The office time at an instant of the PC's clock (e.g. when the connection was lost).
  [[nodiscard]] domain::TimePoint at(const QDateTime& pcInstant) const;

 signals:
  void synced();

 private:
  bool synced_ = false;
  double speed_ = 1.0;
  domain::TimePoint officeAtSync_{};
  QDateTime pcAtSync_;       // for at(): instants the PC's clock names
  QElapsedTimer sinceSync_;  // for now(): not moved by a PC clock that is set
};

// Civil time in Europe/Berlin as Qt values (Qt's zone database is not needed).
[[nodiscard]] QTime berlinTime(domain::TimePoint time);
[[nodiscard]] QDate berlinDate(domain::TimePoint time);

}  // namespace civiq::qtclient
