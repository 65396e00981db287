// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_words.hpp"

#include "qtclient/device_health_model.hpp"

namespace civiq::counter {

using qtclient::DeviceHealthModel;

QString DeviceWords::problem(const QString& code) {
  if (code == QLatin1String("unreachable")) return tr("nicht erreichbar");
  if (code == QLatin1String("paper_empty")) return tr("Papier leer");
  if (code == QLatin1String("paper_low")) return tr("Papier fast leer");
  if (code == QLatin1String("printer_stopped")) return tr("Drucker angehalten");
  if (code == QLatin1String("printer_not_accepting")) return tr("Drucker nimmt nichts an");
  if (code == QLatin1String("printer_offline")) return tr("Drucker aus");
  if (code == QLatin1String("media_jam")) return tr("Papierstau");
  if (code == QLatin1String("door_open")) return tr("Klappe offen");
  if (code == QLatin1String("device_error")) return tr("Fehler");
  return code;
}

QString DeviceWords::status(const QString& status) {
  if (status == QLatin1String("ok")) return tr("in Ordnung");
  if (status == QLatin1String("attention")) return tr("bitte nachsehen");
  if (status == QLatin1String("unreachable")) return tr("nicht erreichbar");
  if (status == QLatin1String("never_reported")) return tr("hat sich nie gemeldet");
  return status;
}

QString DeviceWords::problems(const QStringList& problems) {
  QStringList words;
  for (const auto& code : problems) words.append(problem(code));
  return words.join(QStringLiteral(", "));
}

QString DeviceWords::alert(const QAbstractItemModel& devices) {
  QStringList lines;
  for (int row = 0; row < devices.rowCount(); ++row) {
    const QModelIndex index = devices.index(row, 0);
    const QString state = index.data(DeviceHealthModel::StatusRole).toString();
    if (state == QLatin1String("ok") || state == QLatin1String("never_reported")) continue;
    const QStringList codes = index.data(DeviceHealthModel::ProblemsRole).toStringList();
    lines.append(index.data(DeviceHealthModel::NameRole).toString() + QStringLiteral(": ") +
                 (codes.isEmpty() ? status(state) : problems(codes)));
  }
  return lines.join(QStringLiteral(" · "));
}

}  // namespace civiq::counter
