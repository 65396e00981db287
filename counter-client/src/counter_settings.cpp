// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "counter_settings.hpp"

#include "qtclient/device_command_line.hpp"

namespace civiq::counter {
namespace {

using qtclient::DeviceCommandLine;

constexpr qtclient::DeviceSettings::Keys kDeviceKeys{.offlineAfter = "counter", .language = "counter"};
constexpr int kMaxCounter = 999;

}  // namespace

CounterSettings readCounterConfig(qtclient::TomlReader& config) {
  CounterSettings settings;
  settings.device.read(config, kDeviceKeys);
  config.integer("counter", "id", settings.counter, 0, kMaxCounter);  // 0: ask at sign-in
  config.string("counter", "user", settings.user);
  config.refuseUnknown();
  return settings;
}

CounterSettings parseCounterSettings(const QStringList& arguments) {
  DeviceCommandLine commandLine(QStringLiteral("counter"),
                                QStringLiteral("civiq counter client: call, serve and transfer citizens"));
  const QCommandLineOption counter(QStringLiteral("counter"), QStringLiteral("the counter this PC is (its id)"),
                                   QStringLiteral("id"));
  const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("user name preset on the sign-in"),
                                QStringLiteral("name"));
  commandLine.addOptions({counter, user});
  commandLine.parse(arguments);

  auto config = commandLine.config();
  CounterSettings settings = config ? readCounterConfig(*config) : CounterSettings{};
  commandLine.applyTo(settings.device);
  if (commandLine.isSet(counter)) {
    bool ok = false;
    settings.counter = commandLine.value(counter).toInt(&ok);
    if (!ok || settings.counter < 1 || settings.counter > kMaxCounter)
      DeviceCommandLine::fail(counter, QStringLiteral("expected a counter id from 1 to %1").arg(kMaxCounter));
  }
  if (commandLine.isSet(user)) settings.user = commandLine.value(user);
  return settings;
}

}  // namespace civiq::counter
