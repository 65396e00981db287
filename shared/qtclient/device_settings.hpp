// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How a device app (display, kiosk, counter client) reaches its branch server, the same in every
// app: [server] url and token_file in the app's TOML file, the offline delay and the language where
// that file keeps them, and the device token, read from its file (never from the command line, where
// every user of the machine could see it). DeviceCommandLine puts the shared flags over it.
// Invariant: `server` is an http(s) URL with a host and `language` a language code once set through
// read(), setServer() or setLanguage(). Thread rule: plain value.
#include <QString>
#include <QUrl>
#include <string_view>

#include "toml_reader.hpp"

namespace civiq::qtclient {

struct DeviceSettings {
  // The sections of offline_after_s and language in an app's file; url and token_file are always
  // in [server]. The display, for one, keeps them in [screen] and [announcement].
  struct Keys {
    std::string_view offlineAfter;
    std::string_view language;
  };

  QUrl server{QStringLiteral("http://127.0.0.1:8080")};
  QString tokenFile;            // where the token is read from (--token-file, else [server] token_file)
  QString token;                // the device token (civiq-admin device enroll NAME --kind KIND); empty: none
  int offlineAfterSeconds = 5;  // unreachable for longer: the app says so
  QString language = QStringLiteral("de");  // texts, the server's names, date and time (and speech)

  // The device's keys from its settings file (not the token: readToken() does that, once the
  // flags are known). Throws StartupError naming file, line and key.
  void read(TomlReader& config, const Keys& keys);
  // Take a value, or say what is wrong with it (then nothing changes): "" when taken.
  [[nodiscard]] QString setServer(const QString& url);
  [[nodiscard]] QString setLanguage(const QString& code);
  // The token from `tokenFile`, if one is set, trimmed (files end with a newline). An empty file
  // gives no token, as if none was configured. Throws StartupError naming the file and "the
  // <device> token" when the file cannot be read.
  void readToken(const QString& device);
};

}  // namespace civiq::qtclient
