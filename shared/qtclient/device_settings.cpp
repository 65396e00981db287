// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_settings.hpp"

#include <QFile>
#include <QRegularExpression>

namespace civiq::qtclient {
namespace {

// Long enough for a server restart or an upgrade; a screen stale for longer must say so.
constexpr int kMaxOfflineAfterSeconds = 600;

}  // namespace

void DeviceSettings::read(TomlReader& config, const Keys& keys) {
  QString url;
  config.string("server", "url", url);
  if (!url.isEmpty())
    if (const QString problem = setServer(url); !problem.isEmpty()) config.fail("server", "url", problem);
  config.string("server", "token_file", tokenFile);
  config.integer(keys.offlineAfter, "offline_after_s", offlineAfterSeconds, 1, kMaxOfflineAfterSeconds);
  QString code = language;
  config.string(keys.language, "language", code);
  if (const QString problem = setLanguage(code); !problem.isEmpty()) config.fail(keys.language, "language", problem);
}

QString DeviceSettings::setServer(const QString& url) {
  const QUrl parsed(url, QUrl::StrictMode);
  if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")) ||
      parsed.host().isEmpty())
    return QStringLiteral("the server must look like http://10.0.0.5:8080, got \"%1\"").arg(url);
  server = parsed;
  return {};
}

QString DeviceSettings::setLanguage(const QString& code) {
  static const QRegularExpression valid(QStringLiteral("^[a-z]{2,3}$"));
  if (!valid.match(code).hasMatch()) return QStringLiteral("language codes look like \"de\", got \"%1\"").arg(code);
  language = code;
  return {};
}

void DeviceSettings::readToken(const QString& device) {
  if (tokenFile.isEmpty()) return;
  QFile file(tokenFile);
  if (!file.open(QIODevice::ReadOnly))
    throw StartupError(
        QStringLiteral("%1: cannot read the %2 token: %3").arg(tokenFile, device, file.errorString()).toStdString());
  token = QString::fromUtf8(file.readAll()).trimmed();
}

}  // namespace civiq::qtclient
