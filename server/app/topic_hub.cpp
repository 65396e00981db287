// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "topic_hub.hpp"

namespace civiq::app {

bool TopicHub::subscribe(const Peer& peer, const std::vector<std::string>& topics,
                         std::optional<std::string> credential) {
  const std::lock_guard lock(mutex_);
  // Checked under the lock that remove() takes: a peer is marked closed before its remove(), so
  // either we see it closed, or its remove() comes after us and undoes this.
  if (!peer->is_open()) return false;
  for (const auto& topic : topics) by_topic_[topic].insert(peer);
  auto& mine = subscriptions_[peer.get()];
  mine.topics.insert(mine.topics.end(), topics.begin(), topics.end());
  if (credential) {
    mine.credential = std::move(credential);
    mine.peer = peer;
  }
  return true;
}

void TopicHub::remove(const net::WebSocketPeer& peer) {
  const std::lock_guard lock(mutex_);
  const auto it = subscriptions_.find(&peer);
  if (it == subscriptions_.end()) return;
  for (const auto& topic : it->second.topics) {
    auto peers = by_topic_.find(topic);
    if (peers == by_topic_.end()) continue;
    std::erase_if(peers->second, [&](const Peer& p) { return p.get() == &peer; });
    if (peers->second.empty()) by_topic_.erase(peers);
  }
  subscriptions_.erase(it);
}

bool TopicHub::has_subscribers(const std::string& topic) const {
  const std::lock_guard lock(mutex_);
  return by_topic_.contains(topic);
}

std::vector<std::string> TopicHub::topics_with_prefix(std::string_view prefix) const {
  const std::lock_guard lock(mutex_);
  std::vector<std::string> topics;
  for (auto it = by_topic_.lower_bound(std::string(prefix)); it != by_topic_.end() && it->first.starts_with(prefix); ++it)
    topics.push_back(it->first);
  return topics;
}

void TopicHub::publish(const std::string& topic, std::shared_ptr<const std::string> frame,
                       const std::string& coalesce_key) {
  std::vector<Peer> peers;
  {
    const std::lock_guard lock(mutex_);
    const auto it = by_topic_.find(topic);
    if (it == by_topic_.end()) return;
    peers.assign(it->second.begin(), it->second.end());
  }
  for (const auto& peer : peers) peer->send(frame, coalesce_key);
}

std::size_t TopicHub::peer_count() const {
  const std::lock_guard lock(mutex_);
  return subscriptions_.size();
}

std::vector<std::pair<TopicHub::Peer, std::string>> TopicHub::credentialed_peers() const {
  const std::lock_guard lock(mutex_);
  std::vector<std::pair<Peer, std::string>> peers;
  for (const auto& [raw, subscription] : subscriptions_)
    if (subscription.credential) peers.emplace_back(subscription.peer, *subscription.credential);
  return peers;
}

}  // namespace civiq::app
