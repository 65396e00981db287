// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "print_registry.hpp"

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

#include "qtclient/toml_reader.hpp"

namespace civiq::kiosk {

PrintRegistry::PrintRegistry(QString file) : file_(std::move(file)) {
  if (file_.isEmpty()) return;
  QFile in(file_);
  if (!in.exists()) return;
  if (!in.open(QIODevice::ReadOnly))
    throw qtclient::StartupError(
        QStringLiteral("%1: cannot read the printed tickets: %2").arg(file_, in.errorString()).toStdString());
  while (!in.atEnd()) {
    bool ok = false;
    const std::int64_t id = in.readLine().trimmed().toLongLong(&ok);
    if (ok && ids_.insert(id).second) order_.push_back(id);  // a torn last line is skipped
  }
  if (order_.size() > kMaxRemembered) {
    while (order_.size() > kMaxRemembered) {
      ids_.erase(order_.front());
      order_.pop_front();
    }
    rewrite();
  }
}

bool PrintRegistry::claim(domain::TicketId ticket) {
  if (!ids_.insert(ticket.value).second) return false;
  order_.push_back(ticket.value);
  if (file_.isEmpty()) return true;
  QDir().mkpath(QFileInfo(file_).absolutePath());
  QFile out(file_);
  if (!out.open(QIODevice::WriteOnly | QIODevice::Append) ||
      out.write(QByteArray::number(static_cast<qlonglong>(ticket.value)) + '\n') < 0 || !out.flush() ||
      ::fsync(out.handle()) != 0) {
    // Printing still goes ahead: a citizen's ticket matters more than the guard against a restart.
    lastWriteError_ = QStringLiteral("%1: %2").arg(file_, out.errorString());
  }
  return true;
}

void PrintRegistry::release(domain::TicketId ticket) {
  if (ids_.erase(ticket.value) == 0) return;
  order_.erase(std::remove(order_.begin(), order_.end(), ticket.value), order_.end());
  if (!file_.isEmpty()) rewrite();
}

void PrintRegistry::rewrite() {
  QSaveFile out(file_);
  if (!out.open(QIODevice::WriteOnly)) {
    lastWriteError_ = QStringLiteral("%1: %2").arg(file_, out.errorString());
    return;
  }
  for (const auto id : order_) out.write(QByteArray::number(static_cast<qlonglong>(id)) + '\n');
  if (!out.commit()) lastWriteError_ = QStringLiteral("%1: %2").arg(file_, out.errorString());
}

}  // namespace civiq::kiosk
