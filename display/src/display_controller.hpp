// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Everything the waiting-room display shows, as properties for QML (which only lays it out): the
// office, the newest call (highlighted for a few seconds after it happens), the recent calls and
// the waits per service, the clock (the office's: its time and zone, from the server, whatever the
// PC's zone), whether the office is open and when it opens again, and whether the server is
// reachable. New calls are handed to
// the announcement player. QML gets it as the `controller` property of Main.qml (the type
// DisplayController of the module Civiq.Display: display_qml_types.hpp).
// Thread rule: GUI thread.
#include <QObject>
#include <QString>
#include <QTimer>

#include "display_settings.hpp"
#include "qtclient/branch_api.hpp"
#include "qtclient/branch_client.hpp"
#include "qtclient/calls_feed.hpp"
#include "qtclient/device_status_reporter.hpp"
#include "qtclient/office_clock.hpp"

namespace civiq::display {

class AnnouncementPlayer;

class DisplayController : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString officeName READ officeName NOTIFY officeChanged)
  Q_PROPERTY(QString infoLine READ infoLine NOTIFY officeChanged)
  Q_PROPERTY(QString clockText READ clockText NOTIFY clockChanged)  // "14:05", office time in Europe/Berlin
  Q_PROPERTY(QString dateText READ dateText NOTIFY clockChanged)    // "Montag, 23. November 2026"
  // From the office's opening hours (GET /api/v1/display); open while the server has not said.
  Q_PROPERTY(bool officeOpen READ officeOpen NOTIFY openingChanged)
  // When a closed office opens again, office time: "13:00" today, "Mo. 08:00" on another day; "" when open or unknown.
  Q_PROPERTY(QString opensAgainText READ opensAgainText NOTIFY openingChanged)
  Q_PROPERTY(QString currentNumber READ currentNumber NOTIFY currentCallChanged)    // "A042", "" before any call
  Q_PROPERTY(QString currentCounter READ currentCounter NOTIFY currentCallChanged)  // "Schalter 3"
  Q_PROPERTY(bool currentIsRecall READ currentIsRecall NOTIFY currentCallChanged)
  Q_PROPERTY(bool highlighted READ highlighted NOTIFY highlightedChanged)  // a fresh call: make it stand out
  Q_PROPERTY(bool offline READ offline NOTIFY connectionChanged)  // unreachable: say so, grey out the calls
  Q_PROPERTY(QString offlineSinceText READ offlineSinceText NOTIFY connectionChanged)  // "14:03"
  Q_PROPERTY(bool muted READ muted WRITE setMuted NOTIFY mutedChanged)
  Q_PROPERTY(bool portrait READ portrait CONSTANT)  // layout from the settings; "auto" decided by QML
  Q_PROPERTY(bool autoLayout READ autoLayout CONSTANT)
  Q_PROPERTY(QString language READ language CONSTANT)
  Q_PROPERTY(civiq::qtclient::RecentCallsModel* recentCalls READ recentCalls CONSTANT)
  Q_PROPERTY(civiq::qtclient::ServiceLoadModel* serviceLoads READ serviceLoads CONSTANT)
  Q_PROPERTY(int totalWaiting READ totalWaiting NOTIFY totalWaitingChanged)

 public:
  DisplayController(DisplaySettings settings, AnnouncementPlayer* announcements, QObject* parent = nullptr);
  ~DisplayController() override;

  void start();

  [[nodiscard]] QString officeName() const { return officeName_; }
  [[nodiscard]] QString infoLine() const { return infoLine_; }
  [[nodiscard]] QString clockText() const;
  [[nodiscard]] QString dateText() const;
  [[nodiscard]] bool officeOpen() const { return !opening_ || opening_->open; }
  [[nodiscard]] QString opensAgainText() const;
  [[nodiscard]] QString currentNumber() const;
  [[nodiscard]] QString currentCounter() const;
  [[nodiscard]] bool currentIsRecall() const;
  [[nodiscard]] bool highlighted() const { return highlighted_; }
  [[nodiscard]] bool offline() const;
  [[nodiscard]] QString offlineSinceText() const;
  [[nodiscard]] bool muted() const;
  void setMuted(bool muted);
  [[nodiscard]] bool portrait() const { return settings_.layout == DisplayLayout::Portrait; }
  [[nodiscard]] bool autoLayout() const { return settings_.layout == DisplayLayout::Auto; }
  [[nodiscard]] QString language() const { return settings_.device.language; }
  [[nodiscard]] qtclient::RecentCallsModel* recentCalls() { return feed_.recentCalls(); }
  [[nodiscard]] qtclient::ServiceLoadModel* serviceLoads() { return feed_.serviceLoads(); }
  [[nodiscard]] int totalWaiting() const;

  [[nodiscard]] qtclient::CallsFeed& feed() { return feed_; }
  [[nodiscard]] qtclient::OfficeClock& officeClock() { return officeClock_; }
  // The office's opening status as GET /api/v1/display reports it (also for tests).
  void setOpening(std::optional<protocol::OpeningStatus> opening);

 signals:
  void officeChanged();
  void clockChanged();
  void openingChanged();
  void currentCallChanged();
  void highlightedChanged();
  void connectionChanged();
  void mutedChanged();
  void totalWaitingChanged();

 private:
  void fetchDisplayInfo();
  void fetchOfficeClock();
  void onClockTick();
  [[nodiscard]] QString officeTimeText(domain::TimePoint time) const;
  void onCalled(const protocol::CallNotice& call);
  void setHighlighted(bool highlighted);

  DisplaySettings settings_;
  AnnouncementPlayer* announcements_;
  qtclient::BranchClient client_;
  qtclient::BranchApi api_{client_};
  qtclient::DeviceStatusReporter reporter_;  // heartbeat and version, for staff (GET /api/v1/devices)
  qtclient::CallsFeed feed_;
  QString officeName_;
  QString infoLine_;
  qtclient::OfficeClock officeClock_;
  std::optional<protocol::OpeningStatus> opening_;
  // When to ask for the opening status again: the office closes or opens (office time).
  std::optional<domain::TimePoint> nextOpeningCheck_;
  QDate shownDate_;  // the office's date at the last tick
  bool highlighted_ = false;
  QTimer highlightTimer_;
  QTimer clockTimer_;
  QTimer clockSyncTimer_;
};

}  // namespace civiq::display
