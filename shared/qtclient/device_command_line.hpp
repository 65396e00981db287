// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The command line of a device app: the flags every app shares (--config, --server, --token-file,
// --language, --help) plus the app's own, and the settings file they point to (--config, else
// /etc/civiq/<device>.toml when it exists). Flags win over the file. Usage:
//   DeviceCommandLine commandLine("display", "civiq waiting-room display: ...");
//   commandLine.addOptions({layout, mute});
//   commandLine.parse(arguments);
//   if (auto config = commandLine.config()) { settings.device.read(*config, keys); ...; config->refuseUnknown(); }
//   commandLine.applyTo(settings.device);
// Thread rule: one owner.
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "device_settings.hpp"
#include "toml_reader.hpp"

namespace civiq::qtclient {

class DeviceCommandLine {
 public:
  // `device` names the app in files and texts: /etc/civiq/<device>.toml, "the <device> token".
  DeviceCommandLine(QString device, const QString& description);

  // The app's own flags, listed in --help after the shared ones.
  void addOptions(const QList<QCommandLineOption>& options);
  // The whole command line, program name first. Throws StartupError for an unknown or incomplete
  // flag, and with the help text for --help.
  void parse(const QStringList& arguments);
  [[nodiscard]] bool isSet(const QCommandLineOption& option) const { return parser_.isSet(option); }
  [[nodiscard]] QString value(const QCommandLineOption& option) const { return parser_.value(option); }

  // The settings file: --config (throws StartupError when it cannot be read), else the default
  // file if there is one; nullopt: defaults and flags only.
  [[nodiscard]] std::optional<TomlReader> config() const;
  // --server, --token-file and --language over `settings`, then the token from the token file: a
  // --token-file wins over a configured token file that does not exist yet.
  void applyTo(DeviceSettings& settings) const;

  // A flag's value is wrong: throws StartupError "--flag: problem".
  [[noreturn]] static void fail(const QCommandLineOption& option, const QString& problem);

 private:
  QString device_;
  QCommandLineParser parser_;
  QCommandLineOption config_;
  QCommandLineOption server_;
  QCommandLineOption tokenFile_;
  QCommandLineOption language_;
};

}  // namespace civiq::qtclient
