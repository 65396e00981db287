// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "announcement_queue.hpp"

#include <algorithm>
#include <utility>

namespace civiq::display {

AnnouncementQueue::AnnouncementQueue(std::size_t maxPending) : maxPending_(std::max<std::size_t>(maxPending, 1)) {}

void AnnouncementQueue::push(Announcement announcement) {
  // Drop before adding so the backlog never exceeds maxPending, even for a moment.
  while (pending_.size() >= maxPending_) {
    pending_.pop_front();
    ++dropped_;
  }
  pending_.push_back(std::move(announcement));
}

std::optional<Announcement> AnnouncementQueue::startNext() {
  if (busy_ || pending_.empty()) return std::nullopt;
  Announcement next = std::move(pending_.front());
  pending_.pop_front();
  busy_ = true;
  return next;
}

void AnnouncementQueue::clearPending() {
  dropped_ += pending_.size();
  pending_.clear();
}

}  // namespace civiq::display
