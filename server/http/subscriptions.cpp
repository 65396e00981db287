// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "subscriptions.hpp"
#include "api_context.hpp"

#include "app/views.hpp"
#include "protocol/event_frame.hpp"
#include "responses.hpp"

namespace civiq::http {
namespace {

namespace topic = protocol::topic;
namespace kind = protocol::frame_kind;

constexpr std::size_t kMaxTopicsPerSocket = 8;

template <class T>
std::shared_ptr<const std::string> frame(const app::OfficeService& office, std::string_view topic_name,
                                         std::string_view frame_kind, const T& data) {
  return std::make_shared<const std::string>(protocol::make_frame(topic_name, frame_kind, office.last_seq(), data));
}

}  // namespace

TopicList parse_topics(std::string_view text) {
  std::vector<std::string> topics;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const auto end = comma == std::string_view::npos ? text.size() : comma;
    if (end > start) topics.emplace_back(text.substr(start, end - start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (topics.empty()) return {std::nullopt, "name at least one topic: ?topics=calls"};
  if (topics.size() > kMaxTopicsPerSocket) return {std::nullopt, "at most 8 topics per connection"};
  return {std::move(topics), {}};
}

TopicAccess topic_access(const std::string& name) {
  if (name == topic::kCalls || ticket_token_of(name)) return TopicAccess::Public;
  if (name == topic::kQueue || name == topic::kCounters || name == topic::kAppointments || name == topic::kDevices)
    return TopicAccess::Staff;
  return TopicAccess::Unknown;
}

std::optional<std::string> ticket_token_of(const std::string& name) {
  if (!name.starts_with(topic::kTicketPrefix) || name.size() == topic::kTicketPrefix.size()) return std::nullopt;
  return name.substr(topic::kTicketPrefix.size());
}

std::string state_data(app::OfficeService& office, const std::string& name, domain::TimePoint now) {
  if (name == topic::kCalls) return protocol::to_json(app::calls_snapshot(office, now));
  if (name == topic::kQueue) return protocol::to_json(app::queue_view(office, now));
  if (name == topic::kCounters) return protocol::to_json(app::counter_list(office, now));
  if (name == topic::kAppointments) return protocol::to_json(app::appointment_list(office));
  if (const auto token = ticket_token_of(name))
    if (const auto* ticket = office.queue().find_by_token(*token))
      return protocol::to_json(app::ticket_view(office, *ticket, now));
  return {};
}

std::shared_ptr<const std::string> state_frame(const app::OfficeService& office, const std::string& name,
                                               std::string_view frame_kind, const std::string& data) {
  if (data.empty()) return nullptr;
  return std::make_shared<const std::string>(protocol::make_frame_around(name, frame_kind, office.last_seq(), data));
}

std::shared_ptr<const std::string> snapshot_frame(app::OfficeService& office, const std::string& name,
                                                  domain::TimePoint now) {
  return state_frame(office, name, kind::kSnapshot, state_data(office, name, now));
}

void publish_calls(app::OfficeService& office, app::TopicHub& hub, const domain::Events& events) {
  const std::string calls(topic::kCalls);
  if (!hub.has_subscribers(calls)) return;
  for (const auto& event : events) {
    const auto* called = std::get_if<domain::TicketCalled>(&event.body);
    const auto* recalled = std::get_if<domain::TicketRecalled>(&event.body);
    if (!called && !recalled) continue;
    const auto& ticket = *office.queue().find(called ? called->ticket : recalled->ticket);
    const domain::CallRecord record{ticket.id, ticket.number, called ? called->counter : recalled->counter, event.at,
                                    recalled != nullptr, ticket.service()};
    hub.publish(calls, frame(office, calls, kind::kCall, app::call_notice(office, record)));
  }
}

void publish_office_views(app::OfficeService& office, app::TopicHub& hub, domain::TimePoint now) {
  const std::string calls(topic::kCalls);
  if (hub.has_subscribers(calls))
    hub.publish(calls, frame(office, calls, kind::kLoad, app::service_loads(office, now)), "calls:load");
  for (const auto& name : {std::string(topic::kQueue), std::string(topic::kCounters)})
    if (hub.has_subscribers(name))
      hub.publish(name, state_frame(office, name, kind::kUpdate, state_data(office, name, now)), name);
}

}  // namespace civiq::http

namespace civiq::http {

void add_event_route(Router& router, TopicCheck check) {
  // The WebSocket upgrade itself is handled by Api::check_upgrade/on_open; a plain GET lands here.
  // It answers with the refusal the upgrade would get (401, 403, 400, 404) before the 426: a client
  // library cannot read the status of a refused WebSocket handshake, so it asks this way whether to
  // retry (426) or to sign in again (401/403).
  router.add(route::kEvents, Access::Public, false, [check = std::move(check)](Call& call, Reply reply) {
                if (auto refusal = check(call.request, call.now)) return reply(std::move(*refusal));
                reply(error_response(ErrorCode::UpgradeRequired, "connect with a WebSocket: GET /api/v1/events?topics=calls"));
              });
}

}  // namespace civiq::http
