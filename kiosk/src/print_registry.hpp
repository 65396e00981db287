// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Which tickets were sent to the printer, so that one ticket is never printed twice: not after a
// double tap, not after a retry, not after the kiosk restarted. Kept in memory and, when a file is
// given, appended to it (one ticket id a line, flushed to disk before the job is sent) and read
// back at start. Only the most recent kMaxRemembered ids are kept: ids grow, and an old ticket is
// never printed again anyway. Invariant: an id is claimed at most once until release(). Thread
// rule: one thread (the kiosk's GUI thread).
#include <QString>
#include <deque>
#include <unordered_set>

#include "domain/ids.hpp"

namespace civiq::kiosk {

class PrintRegistry {
 public:
  static constexpr std::size_t kMaxRemembered = 5000;

  // `file`: empty for memory only. A missing file is an empty registry; an unreadable one throws
  // qtclient::StartupError (a kiosk that cannot remember must not start printing).
  explicit PrintRegistry(QString file = {});

  // True when the ticket was not claimed before: the caller may send it now. The claim is on disk
  // when this returns true (or the file could not be written: see lastWriteError()).
  [[nodiscard]] bool claim(domain::TicketId ticket);
  // Gives a claim back when nothing reached the printer (the queue refused before a job existed).
  void release(domain::TicketId ticket);
  [[nodiscard]] bool claimed(domain::TicketId ticket) const { return ids_.contains(ticket.value); }
  [[nodiscard]] const QString& lastWriteError() const { return lastWriteError_; }

 private:
  void rewrite();

  QString file_;
  std::unordered_set<std::int64_t> ids_;
  std::deque<std::int64_t> order_;  // oldest first, for pruning
  QString lastWriteError_;
};

}  // namespace civiq::kiosk
