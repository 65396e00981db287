// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What the settings tests of the kit and of each app share: the message of the StartupError a parse
// throws, and a file written into a temporary folder. Thread rule: test thread.
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <functional>

#include "qtclient/toml_reader.hpp"

namespace civiq::qtclient::testing {

// The message of the StartupError `parse` throws; empty when it throws none.
inline QString errorOf(const std::function<void()>& parse) {
  try {
    parse();
  } catch (const StartupError& error) {
    return QString::fromUtf8(error.what());
  }
  return {};
}

// Writes `content` to `name` in `dir`; returns the file's path.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
  QFile file(dir.filePath(name));
  if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(file.fileName()));
  file.write(content);
  return file.fileName();
}

}  // namespace civiq::qtclient::testing
