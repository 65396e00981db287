// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Turns calls into announcements, one at a time: builds the spoken text from the wording, queues it
// (bounded, newest wins; see AnnouncementQueue) and hands the next one to the Announcer whenever it
// has finished the previous one. Muting stops queueing and drops what is pending; calls are still
// shown on the screen, which is not this class's job.
// Invariant: the announcer is never given a second announcement before it emitted finished() for
// the first. Thread rule: GUI thread (the announcer lives there too).
#include <QObject>
#include <QString>
#include <cstddef>

#include "announcement_queue.hpp"
#include "announcement_text.hpp"

namespace civiq::display {

class Announcer;

class AnnouncementPlayer : public QObject {
  Q_OBJECT
  Q_PROPERTY(bool muted READ muted WRITE setMuted NOTIFY mutedChanged)

 public:
  // `announcer` is not owned and must outlive the player.
  AnnouncementPlayer(Announcer* announcer, AnnouncementWording wording,
                     std::size_t maxPending = AnnouncementQueue::kDefaultMaxPending, QObject* parent = nullptr);

  // A new call or a recall: queued and announced as soon as the announcer is free. Ignored when muted.
  void enqueue(const QString& number, const QString& counter, bool recall);

  [[nodiscard]] bool muted() const { return muted_; }
  // Muting drops what is pending and cuts the announcement in progress short.
  void setMuted(bool muted);

  [[nodiscard]] int pendingCount() const { return static_cast<int>(queue_.pending()); }
  [[nodiscard]] bool busy() const { return queue_.busy(); }
  // Calls that were never announced because the backlog overflowed or the display was muted.
  [[nodiscard]] std::size_t droppedCount() const { return queue_.dropped(); }
  [[nodiscard]] const AnnouncementWording& wording() const { return wording_; }

 signals:
  void mutedChanged(bool muted);
  // An announcement starts now with this text (the display controller logs it).
  void announcing(const QString& text);

 private:
  void startNext();
  void onAnnouncerFinished();

  Announcer* announcer_;
  AnnouncementWording wording_;
  AnnouncementQueue queue_;
  bool muted_ = false;
  bool starting_ = false;  // inside startNext(): see there
};

}  // namespace civiq::display
