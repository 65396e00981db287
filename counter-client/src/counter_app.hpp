// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The counter client as a whole: the connection to the branch server, the clerk's session, the
// staff feed, the controller of this PC's counter, the sign-in dialog and the main window. Signing
// in takes the desk (the counter opens for this clerk, unless it is another clerk's: then the window
// says whose). When the session expires or the server ends it, the window stays with the counter
// and its ticket, and the dialog asks for the password alone. The counter chosen at the first
// sign-in is remembered for the machine ($XDG_CONFIG_HOME/civiq/counter-pc.ini) when the settings
// do not name one. Thread rule: GUI thread.
#include <QObject>
#include <QTranslator>
#include <memory>

#include "counter_settings.hpp"
#include "counter_window.hpp"
#include "qtclient/alarm_board.hpp"
#include "qtclient/branch_api.hpp"
#include "qtclient/branch_client.hpp"
#include "qtclient/counter_controller.hpp"
#include "qtclient/session.hpp"
#include "qtclient/device_feed.hpp"
#include "qtclient/staff_feed.hpp"
#include "service_directory.hpp"
#include "sign_in_dialog.hpp"

namespace civiq::counter {

class CounterApp : public QObject {
  Q_OBJECT

 public:
  explicit CounterApp(CounterSettings settings, qtclient::EventStreamOptions streamOptions = {},
                      QObject* parent = nullptr);
  ~CounterApp() override;

  void start();  // shows the sign-in

  [[nodiscard]] SignInDialog* signInDialog() const { return signIn_.get(); }
  [[nodiscard]] CounterWindow* window() const { return window_.get(); }  // null before the first sign-in
  [[nodiscard]] qtclient::CounterController* counter() const { return counter_.get(); }
  [[nodiscard]] qtclient::Session& session() { return session_; }
  [[nodiscard]] qtclient::StaffFeed& feed() { return feed_; }
  [[nodiscard]] qtclient::DeviceFeed& devices() { return devices_; }
  [[nodiscard]] qtclient::AlarmBoard& alarms() { return alarms_; }

 private:
  void onSignInRequested(const QString& user, const QString& password, int counter);
  void onSignedIn();
  void onSessionEnded(qtclient::Session::EndReason reason);
  void takeTheDesk();
  [[nodiscard]] static int rememberedCounter();
  static void rememberCounter(int counter);

  CounterSettings settings_;
  QTranslator translator_;  // before every widget: they take their texts when made
  qtclient::BranchClient client_;
  qtclient::BranchApi api_;
  qtclient::Session session_;
  qtclient::StaffFeed feed_;
  qtclient::DeviceFeed devices_;  // its own stream: a branch before v1.4 refuses the topic
  qtclient::AlarmBoard alarms_;
  ServiceDirectory services_;
  int counterId_ = 0;
  bool deskTaken_ = false;  // the desk is opened once per sign-in, never behind the clerk's back
  std::unique_ptr<SignInDialog> signIn_;
  std::unique_ptr<qtclient::CounterController> counter_;
  std::unique_ptr<CounterWindow> window_;
};

}  // namespace civiq::counter
