// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "announcement_player.hpp"

#include <utility>

#include "announcer.hpp"

namespace civiq::display {

AnnouncementPlayer::AnnouncementPlayer(Announcer* announcer, AnnouncementWording wording, std::size_t maxPending,
                                       QObject* parent)
    : QObject(parent), announcer_(announcer), wording_(std::move(wording)), queue_(maxPending) {
  Q_ASSERT(announcer_ != nullptr);
  connect(announcer_, &Announcer::finished, this, &AnnouncementPlayer::onAnnouncerFinished);
}

void AnnouncementPlayer::enqueue(const QString& number, const QString& counter, bool recall) {
  if (muted_) return;
  queue_.push(Announcement{number, counter, recall, announcementText(wording_, number, counter)});
  startNext();
}

void AnnouncementPlayer::setMuted(bool muted) {
  if (muted_ == muted) return;
  muted_ = muted;
  if (muted_) {
    queue_.clearPending();
    // Whoever pressed mute wants quiet now, not after the current sentence.
    if (queue_.busy()) announcer_->cancel();
  }
  emit mutedChanged(muted_);
}

void AnnouncementPlayer::startNext() {
  // An announcer may emit finished() from inside announce() (no audio device: nothing to wait for).
  // That re-enters here through onAnnouncerFinished(); the loop below then picks up the next one
  // instead of recursing once per pending call.
  if (starting_) return;
  starting_ = true;
  while (auto next = queue_.startNext()) {
    emit announcing(next->text);
    announcer_->announce(*next);
  }
  starting_ = false;
}

void AnnouncementPlayer::onAnnouncerFinished() {
  // A finished() without an announcement in progress (a late watchdog, a buggy announcer) must not
  // let two announcements overlap: ignore it.
  if (!queue_.busy()) return;
  queue_.finished();
  startNext();
}

}  // namespace civiq::display
