// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "display_controller.hpp"
#include "protocol/routes.hpp"

#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>

#include "announcement_player.hpp"

namespace civiq::display {

Q_LOGGING_CATEGORY(lcDisplay, "civiq.display")

namespace {

qtclient::EventStreamOptions streamOptions(const DisplaySettings& settings) {
  qtclient::EventStreamOptions options;
  options.offlineAfter = std::chrono::seconds(settings.device.offlineAfterSeconds);
  return options;
}

qtclient::CallsFilter callsFilter(const DisplaySettings& settings) { return {settings.counters, settings.services}; }

// The office clock is read again on every (re)connect and this often in between: the PC's clock
// drifts, and a demo's office clock may be started anew.
constexpr std::chrono::minutes kClockSyncInterval{10};
// A server that still reports the old opening status when the display expected the change (the
// two clocks are a moment apart) is asked again after this much office time.
constexpr std::chrono::seconds kOpeningRecheck{60};
// Up to this many days ahead "Mo. 08:00" is clear; further the date is named.
constexpr int kWeekdayOnlyDays = 6;

}  // namespace

DisplayController::DisplayController(DisplaySettings settings, AnnouncementPlayer* announcements, QObject* parent)
    : QObject(parent),
      settings_(std::move(settings)),
      announcements_(announcements),
      client_(settings_.device.server),
      reporter_(api_, QString::fromLatin1(protocol::kApiVersion)),
      feed_(client_, settings_.device.language, callsFilter(settings_), settings_.recentCalls, streamOptions(settings_)) {
  client_.setToken(settings_.device.token);
  highlightTimer_.setSingleShot(true);
  connect(&highlightTimer_, &QTimer::timeout, this, [this] { setHighlighted(false); });
  // Once a second is enough for "14:05"; the timer is not aligned to the minute, so the clock may
  // change up to a second late.
  clockTimer_.setInterval(1000);
  connect(&clockTimer_, &QTimer::timeout, this, &DisplayController::onClockTick);
  clockSyncTimer_.setInterval(kClockSyncInterval);
  connect(&clockSyncTimer_, &QTimer::timeout, this, &DisplayController::fetchOfficeClock);
  connect(&officeClock_, &qtclient::OfficeClock::synced, this, [this] {
    emit clockChanged();
    emit openingChanged();  // "today" may be another day now
  });

  auto* stream = feed_.stream();
  connect(stream, &qtclient::EventStream::stateChanged, this, [this] {
    // A stale call must not look fresh: offline ends the highlight.
    if (offline()) {
      highlightTimer_.stop();
      setHighlighted(false);
    }
    emit connectionChanged();
  });
  connect(stream, &qtclient::EventStream::connected, this, &DisplayController::fetchOfficeClock);
  connect(stream, &qtclient::EventStream::connected, this, &DisplayController::fetchDisplayInfo);
  connect(&feed_, &qtclient::CallsFeed::called, this, &DisplayController::onCalled);
  // After a snapshot the newest call may be another one, but it is not fresh: no highlight, no gong.
  connect(feed_.recentCalls(), &QAbstractItemModel::rowsInserted, this, &DisplayController::currentCallChanged);
  connect(feed_.recentCalls(), &QAbstractItemModel::rowsRemoved, this, &DisplayController::currentCallChanged);
  connect(feed_.serviceLoads(), &qtclient::ServiceLoadModel::totalWaitingChanged, this,
          &DisplayController::totalWaitingChanged);
  if (announcements_) {
    announcements_->setMuted(settings_.muted);
    connect(announcements_, &AnnouncementPlayer::mutedChanged, this, &DisplayController::mutedChanged);
  }
}

DisplayController::~DisplayController() = default;

void DisplayController::start() {
  clockTimer_.start();
  clockSyncTimer_.start();
  feed_.start();
  reporter_.start();
}

void DisplayController::fetchDisplayInfo() {
  client_.getAs<protocol::DisplayInfo>(QString::fromUtf8(protocol::path_of(protocol::route::kDisplay)), this, [this](const auto& reply) {
    if (!reply.value) {
      // A revoked or mistyped token: the calls still come (they are public), but say what is wrong.
      qCWarning(lcDisplay) << "display info:" << reply.http.status << reply.http.error;
      return;
    }
    officeName_ = QString::fromStdString(reply.value->office);
    infoLine_ = QString::fromStdString(reply.value->info_line.value_or(""));
    emit officeChanged();
    setOpening(reply.value->opening);
  });
}

void DisplayController::fetchOfficeClock() {
  client_.getAs<protocol::Health>(QString::fromUtf8(protocol::path_of(protocol::route::kHealth)), this, [this](const auto& reply) {
    if (!reply.value) {
      // The clock keeps running on the last sync (or the PC's clock, in Europe/Berlin).
      qCWarning(lcDisplay) << "office clock:" << reply.http.status << reply.http.error;
      return;
    }
    officeClock_.sync(*reply.value);
  });
}

void DisplayController::setOpening(std::optional<protocol::OpeningStatus> opening) {
  opening_ = std::move(opening);
  nextOpeningCheck_.reset();
  if (opening_) {
    const auto change = opening_->open ? opening_->closes_at : opening_->opens_next;
    if (change) nextOpeningCheck_ = std::max(*change, officeClock_.now() + kOpeningRecheck);
  }
  emit openingChanged();
}

void DisplayController::onClockTick() {
  emit clockChanged();
  const QDate today = qtclient::berlinDate(officeClock_.now());
  if (today != shownDate_) {  // "Mo. 08:00" becomes "08:00" on Monday
    shownDate_ = today;
    emit openingChanged();
  }
  // The office just closed (lunch break, end of the day) or opened: the tiles name it, so ask.
  if (nextOpeningCheck_ && officeClock_.now() >= *nextOpeningCheck_) {
    nextOpeningCheck_ = officeClock_.now() + kOpeningRecheck;
    fetchDisplayInfo();
  }
}

void DisplayController::onCalled(const protocol::CallNotice& call) {
  const auto number = QString::fromStdString(call.number);
  const auto counter = QString::fromStdString(call.counter);
  qCInfo(lcDisplay).noquote() << (call.recall ? "recall" : "call") << number << "->" << counter;
  if (announcements_) announcements_->enqueue(number, counter, call.recall);
  emit currentCallChanged();  // a recall of the newest call adds a row too, but say it explicitly
  setHighlighted(true);
  highlightTimer_.start(std::chrono::seconds(settings_.highlightSeconds));
}

void DisplayController::setHighlighted(bool highlighted) {
  if (highlighted_ == highlighted) return;
  highlighted_ = highlighted;
  emit highlightedChanged();
}

QString DisplayController::officeTimeText(domain::TimePoint time) const {
  return QLocale(settings_.device.language).toString(qtclient::berlinTime(time), QStringLiteral("HH:mm"));
}

QString DisplayController::clockText() const { return officeTimeText(officeClock_.now()); }

QString DisplayController::dateText() const {
  return QLocale(settings_.device.language).toString(qtclient::berlinDate(officeClock_.now()), QLocale::LongFormat);
}

QString DisplayController::opensAgainText() const {
  if (!opening_ || opening_->open || !opening_->opens_next) return {};
  const auto opens = *opening_->opens_next;
  const QDate day = qtclient::berlinDate(opens);
  const qint64 daysAhead = qtclient::berlinDate(officeClock_.now()).daysTo(day);
  const QLocale locale(settings_.device.language);
  if (daysAhead <= 0) return officeTimeText(opens);
  const QString dayText = daysAhead <= kWeekdayOnlyDays ? locale.toString(day, QStringLiteral("ddd"))
                                                        : locale.toString(day, QLocale::ShortFormat);
  return dayText + QLatin1Char(' ') + officeTimeText(opens);
}

QString DisplayController::currentNumber() const {
  const auto& calls = feed_.recentCalls()->calls();
  return calls.empty() ? QString() : QString::fromStdString(calls.front().number);
}

QString DisplayController::currentCounter() const {
  const auto& calls = feed_.recentCalls()->calls();
  return calls.empty() ? QString() : QString::fromStdString(calls.front().counter);
}

bool DisplayController::currentIsRecall() const {
  const auto& calls = feed_.recentCalls()->calls();
  return !calls.empty() && calls.front().recall;
}

bool DisplayController::offline() const {
  const auto state = feed_.stream()->state();
  return state == qtclient::ConnectionState::Offline;
}

QString DisplayController::offlineSinceText() const {
  const auto since = feed_.stream()->disconnectedSince();
  return since.isValid() ? officeTimeText(officeClock_.at(since)) : QString();
}

bool DisplayController::muted() const { return announcements_ ? announcements_->muted() : true; }

void DisplayController::setMuted(bool muted) {
  if (announcements_) announcements_->setMuted(muted);
}

int DisplayController::totalWaiting() const { return feed_.serviceLoads()->totalWaiting(); }

}  // namespace civiq::display
