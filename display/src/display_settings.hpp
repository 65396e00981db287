// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How one wall screen is set up: which server, its device token, layout, which counters or
// services it shows, and how calls are announced. Read from a TOML file (/etc/civiq/display.toml
// when installed) and overridden by command-line flags; a bad value is a startup error naming the
// key (and line). The part every device app shares (server, token, offline delay, language) and
// the reading of file and flags come from the kit (qtclient/device_settings.hpp).
// Thread rule: plain value.
#include <QSet>
#include <QString>
#include <QStringList>

#include "qtclient/device_settings.hpp"
#include "qtclient/toml_reader.hpp"

namespace civiq::display {

enum class DisplayLayout { Auto, Landscape, Portrait };

struct DisplaySettings {
  // [server] url and token_file, [screen] offline_after_s, [announcement] language (which sets the
  // language of the whole screen, not only of the announcements).
  qtclient::DeviceSettings device;
  DisplayLayout layout = DisplayLayout::Auto;
  QSet<int> counters;  // empty: all counters
  QSet<int> services;  // empty: all services
  int recentCalls = 8;
  int highlightSeconds = 10;
  bool fullScreen = true;
  // Announcements
  QString announcementTemplate;  // empty: the language's default ("Nummer {number}, bitte zu {counter}")
  bool muted = false;
  QString voice;  // a voice name of the speech engine; empty: the engine's default for the language
};

// Reads the file given by --config (or the installed one), then applies the other flags. Throws
// qtclient::StartupError. `arguments` is the whole command line including the program name.
[[nodiscard]] DisplaySettings parseDisplaySettings(const QStringList& arguments);
// The settings of a display's TOML file; unknown sections and keys are refused.
[[nodiscard]] DisplaySettings readDisplayConfig(qtclient::TomlReader& config);

}  // namespace civiq::display
