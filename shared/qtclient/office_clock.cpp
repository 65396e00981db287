// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_clock.hpp"

#include <cmath>

namespace civiq::qtclient {
namespace {

domain::TimePoint fromPc(const QDateTime& instant) {
  return domain::TimePoint{std::chrono::seconds(instant.toSecsSinceEpoch())};
}

// `realMs` of real time on an office clock that runs `speed` times as fast.
std::chrono::seconds officeSeconds(qint64 realMs, double speed) {
  return std::chrono::seconds(static_cast<std::int64_t>(std::floor(static_cast<double>(realMs) * speed / 1000.0)));
}

}  // namespace

OfficeClock::OfficeClock(QObject* parent) : QObject(parent) {}

void OfficeClock::sync(domain::TimePoint officeNow, double speed) {
  officeAtSync_ = officeNow;
  speed_ = speed > 0 ? speed : 1.0;  // a server that sends nonsense: at least the clock moves on
  pcAtSync_ = QDateTime::currentDateTimeUtc();
  sinceSync_.start();
  synced_ = true;
  emit synced();
}

domain::TimePoint OfficeClock::now() const {
  if (!synced_) return fromPc(QDateTime::currentDateTimeUtc());
  return officeAtSync_ + officeSeconds(sinceSync_.elapsed(), speed_);
}

domain::TimePoint OfficeClock::at(const QDateTime& pcInstant) const {
  if (!synced_) return fromPc(pcInstant);
  return officeAtSync_ + officeSeconds(pcAtSync_.msecsTo(pcInstant), speed_);
}

QTime berlinTime(domain::TimePoint time) {
  const auto local = domain::to_berlin(time);
  return QTime::fromMSecsSinceStartOfDay(static_cast<int>(local.time_of_day.count() * 1000));
}

QDate berlinDate(domain::TimePoint time) {
  const auto date = domain::berlin_date(time);
  return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day()))};
}

}  // namespace civiq::qtclient
