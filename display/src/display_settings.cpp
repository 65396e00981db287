// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "display_settings.hpp"

#include <optional>

#include "qtclient/device_command_line.hpp"

namespace civiq::display {
namespace {

using qtclient::DeviceCommandLine;

// The display's file predates the kit: its device keys sit with the screen and the announcements.
constexpr qtclient::DeviceSettings::Keys kDeviceKeys{.offlineAfter = "screen", .language = "announcement"};
constexpr int kMaxRecentCalls = 30;  // more rows would be too small to read across the room
constexpr int kMaxHighlightSeconds = 600;

QString layoutProblem() {
  return QStringLiteral("must be auto, landscape or portrait");
}

std::optional<DisplayLayout> parseLayout(const QString& text) {
  if (text == QLatin1String("auto")) return DisplayLayout::Auto;
  if (text == QLatin1String("landscape")) return DisplayLayout::Landscape;
  if (text == QLatin1String("portrait")) return DisplayLayout::Portrait;
  return std::nullopt;
}

QSet<int> parseIdList(const DeviceCommandLine& commandLine, const QCommandLineOption& flag) {
  const QString text = commandLine.value(flag);
  QSet<int> ids;
  for (const auto& part : text.split(',', Qt::SkipEmptyParts)) {
    bool ok = false;
    const int id = part.trimmed().toInt(&ok);
    if (!ok || id < 1) DeviceCommandLine::fail(flag, QStringLiteral("expected ids like 1,2, got \"%1\"").arg(text));
    ids.insert(id);
  }
  return ids;
}

}  // namespace

DisplaySettings readDisplayConfig(qtclient::TomlReader& config) {
  DisplaySettings settings;
  settings.device.read(config, kDeviceKeys);

  QString layout;
  config.string("screen", "layout", layout);
  if (!layout.isEmpty()) {
    const auto parsed = parseLayout(layout);
    if (!parsed) config.fail("screen", "layout", layoutProblem());
    settings.layout = *parsed;
  }
  config.ids("screen", "counters", settings.counters);
  config.ids("screen", "services", settings.services);
  config.integer("screen", "recent_calls", settings.recentCalls, 1, kMaxRecentCalls);
  config.integer("screen", "highlight_s", settings.highlightSeconds, 1, kMaxHighlightSeconds);
  config.boolean("screen", "full_screen", settings.fullScreen);

  config.string("announcement", "template", settings.announcementTemplate);
  if (!settings.announcementTemplate.isEmpty() && !settings.announcementTemplate.contains(QLatin1String("{number}")))
    config.fail("announcement", "template", QStringLiteral("must contain {number}"));
  config.boolean("announcement", "muted", settings.muted);
  config.string("announcement", "voice", settings.voice);
  config.refuseUnknown();
  return settings;
}

DisplaySettings parseDisplaySettings(const QStringList& arguments) {
  DeviceCommandLine commandLine(
      QStringLiteral("display"),
      QStringLiteral("civiq waiting-room display: calls numbers with a gong and a spoken announcement"));
  const QCommandLineOption layout(QStringLiteral("layout"), QStringLiteral("auto, landscape or portrait"),
                                  QStringLiteral("layout"));
  const QCommandLineOption counters(QStringLiteral("counters"), QStringLiteral("only these counters, e.g. 1,2"),
                                    QStringLiteral("ids"));
  const QCommandLineOption services(QStringLiteral("services"), QStringLiteral("only these services, e.g. 1,3"),
                                    QStringLiteral("ids"));
  const QCommandLineOption mute(QStringLiteral("mute"), QStringLiteral("no gong and no speech"));
  const QCommandLineOption windowed(QStringLiteral("windowed"), QStringLiteral("a window instead of full screen"));
  commandLine.addOptions({layout, counters, services, mute, windowed});
  commandLine.parse(arguments);

  auto config = commandLine.config();
  DisplaySettings settings = config ? readDisplayConfig(*config) : DisplaySettings{};
  commandLine.applyTo(settings.device);
  if (commandLine.isSet(layout)) {
    const auto parsed = parseLayout(commandLine.value(layout));
    if (!parsed) DeviceCommandLine::fail(layout, layoutProblem());
    settings.layout = *parsed;
  }
  if (commandLine.isSet(counters)) settings.counters = parseIdList(commandLine, counters);
  if (commandLine.isSet(services)) settings.services = parseIdList(commandLine, services);
  if (commandLine.isSet(mute)) settings.muted = true;
  if (commandLine.isSet(windowed)) settings.fullScreen = false;
  return settings;
}

}  // namespace civiq::display
