// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "state_publisher.hpp"

#include <algorithm>
#include <exception>

#include "app/log.hpp"
#include "protocol/event_frame.hpp"
#include "subscriptions.hpp"

namespace civiq::http {

struct StatePublisher::Board {
  app::SerialWorker& worker;
  StatePublisher* owner;
};

// Dropped by whoever holds the reply last (a network thread, usually): tells the worker.
class StatePublisher::Hold {
 public:
  Hold(std::weak_ptr<Board> board, std::uint64_t id) : board_(std::move(board)), id_(id) {}
  Hold(const Hold&) = delete;
  Hold& operator=(const Hold&) = delete;
  ~Hold() {
    try {
      if (const auto board = board_.lock())
        board->worker.post([weak = board_, id = id_] {
          if (const auto alive = weak.lock()) alive->owner->released(id);
        });
    } catch (const std::exception& error) {
      // Only an allocation failure: the round then waits for the next reply or change.
      app::log("error releasing a reply hold: {}", error.what());
    }
  }

 private:
  std::weak_ptr<Board> board_;
  std::uint64_t id_;
};

StatePublisher::StatePublisher(ApiContext& context, std::size_t views_per_slice)
    : ctx_(context),
      views_per_slice_(std::max<std::size_t>(1, views_per_slice)),
      board_(std::make_shared<Board>(Board{context.office_worker, this})) {}

StatePublisher::~StatePublisher() = default;

void StatePublisher::changed() {
  dirty_ = true;
  schedule();
}

std::shared_ptr<const void> StatePublisher::hold_for_reply() {
  if (!due()) return nullptr;
  const auto id = next_hold_++;
  holds_.insert(id);
  return std::make_shared<const Hold>(board_, id);
}

void StatePublisher::schedule() {
  if (!due() || scheduled_ || deferred_) return;
  scheduled_ = true;
  ctx_.office_worker.post([this] { on_turn(); });
}

void StatePublisher::on_turn() {
  scheduled_ = false;
  if (!due()) return;
  if (!holds_.empty()) {  // replies still on their way to the network go first
    deferred_ = true;
    barrier_ = next_hold_;
    return;
  }
  run_slice();
}

void StatePublisher::released(std::uint64_t hold) {
  holds_.erase(hold);
  if (!deferred_ || (!holds_.empty() && *holds_.begin() < barrier_)) return;
  deferred_ = false;
  run_slice();  // this task was queued at the back, like a slice
}

void StatePublisher::run_slice() {
  const auto now = ctx_.clock.now();
  if (dirty_) restart_round(now);
  for (std::size_t built = 0; built < views_per_slice_ && left_ > 0; ++built, --left_) {
    const auto& topic = round_[next_];
    next_ = (next_ + 1) % round_.size();
    send_if_changed(topic, now);
  }
  schedule();
}

void StatePublisher::restart_round(domain::TimePoint now) {
  dirty_ = false;
  publish_office_views(ctx_.office, ctx_.hub, now);
  // Go on from the topic that was next: those after it have not seen this round yet.
  const std::string resume = next_ < round_.size() ? round_[next_] : std::string{};
  round_ = ctx_.hub.topics_with_prefix(protocol::topic::kTicketPrefix);
  if (const std::string appointments(protocol::topic::kAppointments); ctx_.hub.has_subscribers(appointments))
    round_.insert(std::lower_bound(round_.begin(), round_.end(), appointments), appointments);
  next_ = static_cast<std::size_t>(std::lower_bound(round_.begin(), round_.end(), resume) - round_.begin());
  if (next_ == round_.size()) next_ = 0;
  left_ = round_.size();
  std::erase_if(last_data_, [this](const auto& sent) {  // forgets the topics nobody follows any more
    return !std::binary_search(round_.begin(), round_.end(), sent.first);
  });
}

void StatePublisher::send_if_changed(const std::string& topic, domain::TimePoint now) {
  auto data = state_data(ctx_.office, topic, now);
  if (data.empty()) {
    last_data_.erase(topic);
    return;
  }
  const auto [sent, first] = last_data_.try_emplace(topic);
  if (!first && sent->second == data) return;
  ctx_.hub.publish(topic, state_frame(ctx_.office, topic, protocol::frame_kind::kUpdate, data), topic);
  sent->second = std::move(data);
}

}  // namespace civiq::http
