// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What the counter client's tests and its benchmark do with the real app: settings for a counter of
// a test server, signing in as a clerk does, and screenshots for docs/counter-client.md
// ($CIVIQ_SCREENSHOT_DIR). Header only. Thread rule: GUI thread.
#include <QDir>
#include <QTest>

#include "counter_app.hpp"
#include "test_server.hpp"

namespace civiq::counter::testing {

inline CounterSettings settingsFor(const qtclient::testing::TestServer& server, int counter) {
  CounterSettings settings;
  settings.device.server = server.baseUrl();
  settings.counter = counter;
  return settings;
}

// Types user and password into the sign-in and presses Enter, as a clerk does.
inline void signIn(CounterApp& app, const QString& user, const QString& password) {
  auto* dialog = app.signInDialog();
  dialog->userField()->setText(user);
  dialog->passwordField()->clear();
  QTest::keyClicks(dialog->passwordField(), password);
  QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
}

inline void screenshot(QWidget* window, const QString& name) {
  const QString dir = qEnvironmentVariable("CIVIQ_SCREENSHOT_DIR", QDir::tempPath());
  QDir().mkpath(dir);
  if (!window->grab().save(dir + QStringLiteral("/counter-%1.png").arg(name)))
    qWarning("could not save the screenshot %s", qPrintable(name));
}

}  // namespace civiq::counter::testing
