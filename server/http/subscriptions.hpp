#pragma once
// The event topics of GET /api/v1/events: who may follow which topic, the snapshot a new follower
// gets, and the frames every change produces. Runs on the office worker (reads office state).
#include <map>
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

// The state frames (service loads, queue, counters, appointments, followed tickets) of the office as
// it is now. Run once per burst of changes, after the replies. A followed ticket's view, and the
// appointment list, are sent only when they differ from the ones sent before, so a call does not
// cost every phone in the room a frame.
// Invariant: last_data_ holds only topics that had followers at the last publish().
// Thread rule: office worker only.
class StatePublisher {
 public:
  void publish(app::OfficeService& office, app::TopicHub& hub, domain::TimePoint now);

 private:
  std::map<std::string, std::string> last_data_;  // ticket and appointments topics -> the view's JSON sent last
};

}  // namespace civiq::http
