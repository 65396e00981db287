// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The order in which calls are announced: one at a time, oldest first, with a bounded backlog. When
// a rush of calls comes in faster than they can be spoken, the oldest pending ones are dropped (and
// counted) because the newest calls matter most to the people waiting; every call is still shown on
// the screen. Pure logic with no timers or audio, so it is tested without either.
// Invariant: pending() <= maxPending; at most one announcement is in progress (busy()).
// Thread rule: one owner (the AnnouncementPlayer on the GUI thread).
#include <QString>
#include <cstddef>
#include <deque>
#include <optional>

namespace civiq::display {

struct Announcement {
  QString number;   // "A042", as shown
  QString counter;  // "Schalter 3"
  bool recall = false;
  QString text;  // what is spoken: "Nummer A 42, bitte zu Schalter 3"
};

class AnnouncementQueue {
 public:
  // The default keeps a rush to about half a minute of speech (each announcement ~5 s).
  static constexpr std::size_t kDefaultMaxPending = 3;

  // maxPending 0 would drop every call before it could be spoken; it is raised to 1.
  explicit AnnouncementQueue(std::size_t maxPending = kDefaultMaxPending);

  // Adds a call to the backlog, dropping the oldest pending one when the backlog is full. A recall
  // is an ordinary entry: the same number pending twice is announced twice, on purpose.
  void push(Announcement announcement);
  // When idle and something is pending: becomes busy and returns the oldest pending announcement.
  // Otherwise nothing, so a caller can never start a second one while one is playing.
  [[nodiscard]] std::optional<Announcement> startNext();
  // The announcement in progress is over (spoken, failed or timed out); the queue is idle again.
  void finished() { busy_ = false; }
  // Drops everything pending (counted as dropped), e.g. when the display is muted. The one in
  // progress, if any, stays busy until finished().
  void clearPending();

  [[nodiscard]] bool busy() const { return busy_; }
  [[nodiscard]] std::size_t pending() const { return pending_.size(); }
  [[nodiscard]] std::size_t dropped() const { return dropped_; }
  [[nodiscard]] std::size_t maxPending() const { return maxPending_; }

 private:
  std::size_t maxPending_;
  std::deque<Announcement> pending_;
  std::size_t dropped_ = 0;
  bool busy_ = false;
};

}  // namespace civiq::display
