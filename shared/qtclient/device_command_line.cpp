// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_command_line.hpp"

#include <QFile>

namespace civiq::qtclient {
namespace {

QString defaultConfig(const QString& device) {
  return QStringLiteral("/etc/civiq/%1.toml").arg(device);
}

}  // namespace

DeviceCommandLine::DeviceCommandLine(QString device, const QString& description)
    : device_(std::move(device)),
      config_(QStringLiteral("config"),
              QStringLiteral("TOML settings (default %1 if it exists)").arg(defaultConfig(device_)),
              QStringLiteral("file")),
      server_(QStringLiteral("server"), QStringLiteral("branch server URL"), QStringLiteral("url")),
      tokenFile_(QStringLiteral("token-file"), QStringLiteral("file holding the %1's device token").arg(device_),
                 QStringLiteral("file")),
      language_(QStringLiteral("language"), QStringLiteral("language of the screen (de, en, pl, cs)"),
                QStringLiteral("code")) {
  parser_.setApplicationDescription(description);
  parser_.addHelpOption();
  parser_.addOptions({config_, server_, tokenFile_, language_});
}

void DeviceCommandLine::addOptions(const QList<QCommandLineOption>& options) {
  parser_.addOptions(options);
}

void DeviceCommandLine::parse(const QStringList& arguments) {
  if (!parser_.parse(arguments)) throw StartupError(parser_.errorText().toStdString());
  if (parser_.isSet(QStringLiteral("help"))) throw StartupError(parser_.helpText().toStdString());
}

std::optional<TomlReader> DeviceCommandLine::config() const {
  const bool given = parser_.isSet(config_);
  const QString path = given ? parser_.value(config_) : defaultConfig(device_);
  QFile file(path);
  if (file.open(QIODevice::ReadOnly)) return TomlReader(QString::fromUtf8(file.readAll()), path);
  if (given) throw StartupError((path + QStringLiteral(": cannot be read: ") + file.errorString()).toStdString());
  return std::nullopt;
}

void DeviceCommandLine::applyTo(DeviceSettings& settings) const {
  if (parser_.isSet(server_))
    if (const QString problem = settings.setServer(parser_.value(server_)); !problem.isEmpty()) fail(server_, problem);
  if (parser_.isSet(language_))
    if (const QString problem = settings.setLanguage(parser_.value(language_)); !problem.isEmpty())
      fail(language_, problem);
  if (parser_.isSet(tokenFile_)) settings.tokenFile = parser_.value(tokenFile_);
  settings.readToken(device_);
}

void DeviceCommandLine::fail(const QCommandLineOption& option, const QString& problem) {
  throw StartupError(
      (QStringLiteral("--") + option.names().constFirst() + QStringLiteral(": ") + problem).toStdString());
}

}  // namespace civiq::qtclient
