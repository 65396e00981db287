// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "paper_roll.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace civiq::kiosk {

// File format: one line "tickets usedMm", e.g. "153 15300.5".
PaperRoll::PaperRoll(PaperRollConfig config, QString file) : config_(config), file_(std::move(file)) {
  if (file_.isEmpty()) return;
  QFile in(file_);
  if (!in.open(QIODevice::ReadOnly)) return;
  const QList<QByteArray> parts = in.readLine().trimmed().split(' ');
  if (parts.size() != 2) return;
  bool ticketsOk = false;
  bool usedOk = false;
  const int tickets = parts[0].toInt(&ticketsOk);
  const double used = parts[1].toDouble(&usedOk);
  if (ticketsOk && usedOk && tickets >= 0 && used >= 0) {
    tickets_ = tickets;
    usedMm_ = used;
  }
}

void PaperRoll::addTicket(double lengthMm) {
  ++tickets_;
  usedMm_ += std::max(0.0, lengthMm);
  save();
}

void PaperRoll::refilled() {
  tickets_ = 0;
  usedMm_ = 0;
  save();
}

double PaperRoll::remainingMm() const {
  return std::max(0.0, config_.rollLengthMm - usedMm_);
}

void PaperRoll::save() const {
  if (file_.isEmpty()) return;
  QDir().mkpath(QFileInfo(file_).absolutePath());
  QSaveFile out(file_);
  if (!out.open(QIODevice::WriteOnly)) return;
  out.write(QByteArray::number(tickets_) + ' ' + QByteArray::number(usedMm_, 'f', 1) + '\n');
  out.commit();  // best effort: losing a count costs a slightly late warning, never a ticket
}

}  // namespace civiq::kiosk
