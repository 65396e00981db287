// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How one counter PC is set up: which branch server, which counter this PC is, which keys the
// actions have. Read from a TOML file (/etc/civiq/counter.toml when installed) and overridden by
// flags; a bad value is a startup error naming the key and line. The counter is a property of the
// desk, not of the clerk: set once per machine (file or --counter), or chosen at the first sign-in
// and remembered for the machine. Thread rule: plain value.
#include <QString>

#include "qtclient/device_settings.hpp"
#include "qtclient/toml_reader.hpp"

namespace civiq::counter {

struct CounterSettings {
  // [server] url (and an optional token_file of an enrolled counter PC), [counter] offline_after_s
  // and language.
  qtclient::DeviceSettings device;
  int counter = 0;  // 0: not set; the sign-in asks and remembers
  QString user;     // preset user name on the sign-in (a PC of one clerk); empty: none
};

// Reads the file given by --config (or the installed one), then applies the flags. Throws
// qtclient::StartupError. `arguments` is the whole command line including the program name.
[[nodiscard]] CounterSettings parseCounterSettings(const QStringList& arguments);
// The settings of a counter PC's TOML file; unknown sections and keys are refused.
[[nodiscard]] CounterSettings readCounterConfig(qtclient::TomlReader& config);

}  // namespace civiq::counter
