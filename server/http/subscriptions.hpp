#pragma once
// The event topics of GET /api/v1/events: who may follow which topic, the snapshot a new follower
// gets, and the frames every change produces. Runs on the office worker (reads office state).
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
// Sends what changed to every topic that has followers.
void publish(app::OfficeService& office, app::TopicHub& hub, const domain::Events& events, domain::TimePoint now);

}  // namespace civiq::http
