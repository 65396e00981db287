// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// TopicHub: which WebSocket peers follow which topics ("calls", "queue", "ticket:<token>").
// A frame is serialised once and the same shared buffer goes to every peer. Thread rule: all
// methods are thread-safe; the peer set is copied under the lock and sent to outside it, so a slow
// peer (whose send only queues, bounded) never holds up the others.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "net/http_server.hpp"

namespace civiq::app {

class TopicHub {
 public:
  using Peer = std::shared_ptr<net::WebSocketPeer>;

  // False (and nothing subscribed) when the peer's socket has already ended: its on_close, and so
  // its remove(), may have overtaken a subscription that was posted to another thread.
  // `credential`: the staff session or device token the peer opened its socket with, if it was
  // valid then; streams opened with a credential end when it does (credentialed_peers()).
  bool subscribe(const Peer& peer, const std::vector<std::string>& topics,
                 std::optional<std::string> credential = std::nullopt);
  void remove(const net::WebSocketPeer& peer);
  [[nodiscard]] bool has_subscribers(const std::string& topic) const;
  // Topics currently followed that start with prefix (e.g. every "ticket:..." topic).
  [[nodiscard]] std::vector<std::string> topics_with_prefix(std::string_view prefix) const;
  void publish(const std::string& topic, std::shared_ptr<const std::string> frame, const std::string& coalesce_key = {});
  [[nodiscard]] std::size_t peer_count() const;
  // The peers subscribed with a credential, each with it.
  [[nodiscard]] std::vector<std::pair<Peer, std::string>> credentialed_peers() const;

 private:
  struct Subscription {
    std::vector<std::string> topics;
    std::optional<std::string> credential;
    Peer peer;  // only while credentialed: by_topic_ holds the others
  };
  mutable std::mutex mutex_;
  std::map<std::string, std::set<Peer>> by_topic_;
  std::map<const net::WebSocketPeer*, Subscription> subscriptions_;
};

}  // namespace civiq::app
