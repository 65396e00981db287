// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The event topics of GET /api/v1/events: who may follow which topic, the snapshot a new follower
// gets, and the frames every change produces. Runs on the office worker (reads office state).
// The round of state frames after a change is StatePublisher's (state_publisher.hpp).
#include <memory>
#include <string>
#include <vector>

#include "app/office_service.hpp"
#include "app/topic_hub.hpp"
#include "domain/result.hpp"

namespace civiq::http {

enum class TopicAccess { Unknown, Public, Staff };

struct TopicList {
  std::optional<std::vector<std::string>> topics;
  std::string problem;
  explicit operator bool() const { return topics.has_value(); }
  const std::vector<std::string>& operator*() const { return *topics; }
  const std::vector<std::string>* operator->() const { return &*topics; }
  [[nodiscard]] const std::string& error() const { return problem; }
};

[[nodiscard]] TopicList parse_topics(std::string_view comma_separated);
[[nodiscard]] TopicAccess topic_access(const std::string& topic);
[[nodiscard]] std::optional<std::string> ticket_token_of(const std::string& topic);

// The snapshot frame for a topic, or null when the topic has nothing to show (unknown ticket).
[[nodiscard]] std::shared_ptr<const std::string> snapshot_frame(app::OfficeService& office, const std::string& topic,
                                                                 domain::TimePoint now);
// The "call" frames of these events, sent at once: the wall display announces the citizen while the
// clerk's reply is still on its way.
void publish_calls(app::OfficeService& office, app::TopicHub& hub, const domain::Events& events);

// The view a state topic shows, as JSON text; empty when there is nothing to show (unknown ticket).
[[nodiscard]] std::string state_data(app::OfficeService& office, const std::string& topic, domain::TimePoint now);
// That view as a frame of the given kind, stamped with the office's seq; null for an empty view.
[[nodiscard]] std::shared_ptr<const std::string> state_frame(const app::OfficeService& office, const std::string& topic,
                                                             std::string_view frame_kind, const std::string& data);
// The views that every change touches and few follow (service loads on "calls", queue, counters):
// sent whole, once per round of state frames (StatePublisher).
void publish_office_views(app::OfficeService& office, app::TopicHub& hub, domain::TimePoint now);

}  // namespace civiq::http
