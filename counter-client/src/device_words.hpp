// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Device health in the clerk's words: a status or problem code of the `devices` topic
// ("paper_low") as people say it ("Papier fast leer"), and the one-line alert the status bar shows
// for every kiosk or display that needs someone ("Kiosk Eingang: Papier fast leer"). Codes of a newer
// server are shown as they came. Thread rule: GUI thread (translations).
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace civiq::counter {

class DeviceWords {
  Q_DECLARE_TR_FUNCTIONS(DeviceWords)

 public:
  [[nodiscard]] static QString status(const QString& status);
  [[nodiscard]] static QString problems(const QStringList& problems);
  // "Kiosk Eingang: Papier fast leer · Anzeige Flur: nicht erreichbar"; "" when all is well.
  // `devices` is a qtclient::DeviceHealthModel.
  [[nodiscard]] static QString alert(const QAbstractItemModel& devices);

 private:
  [[nodiscard]] static QString problem(const QString& code);
};

}  // namespace civiq::counter
