// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The state of a client's live connection to its branch server, as apps show it. Registered as a
// Qt enum so QML and Widgets can bind to it.
#include <QObject>

namespace civiq::qtclient {
Q_NAMESPACE

enum class ConnectionState {
  Connecting,    // first attempt, nothing received yet
  Connected,     // live: the snapshot arrived, events follow
  Reconnecting,  // lost a moment ago; what is shown may be slightly stale
  Offline,       // unreachable for longer than the app tolerates: say so, do not pretend
  SignedOut,     // the server refused the credential (401/403): sign in again or re-enrol; no retrying
};
Q_ENUM_NS(ConnectionState)

}  // namespace civiq::qtclient
