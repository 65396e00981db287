// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "calls_feed.hpp"
#include "protocol/routes.hpp"

#include <QLoggingCategory>

namespace civiq::qtclient {

Q_LOGGING_CATEGORY(lcCalls, "civiq.calls")

namespace {

// The frame's data as T, or nothing (logged: a server of another version, not a reason to stop).
template <class T>
std::optional<T> frameData(const protocol::Frame& frame) {
  auto decoded = protocol::decode_data<T>(frame);
  if (!decoded)
    qCWarning(lcCalls) << "ignoring a" << QString::fromStdString(frame.kind) << "frame:" << QString::fromStdString(decoded.error);
  return std::move(decoded.value);
}

}  // namespace

bool CallsFilter::accepts(const protocol::CallNotice& call) const {
  return (counters.isEmpty() || counters.contains(static_cast<int>(call.counter_id.value))) &&
         acceptsService(call.service_id);
}

bool CallsFilter::acceptsService(domain::ServiceId service) const {
  return services.isEmpty() || services.contains(static_cast<int>(service.value));
}

CallsFeed::CallsFeed(BranchClient& client, QString language, CallsFilter filter, int recentRows,
                     EventStreamOptions options, QObject* parent)
    : QObject(parent),
      client_(client),
      language_(std::move(language)),
      filter_(std::move(filter)),
      stream_(client, {QString::fromUtf8(protocol::topic::kCalls.data(), protocol::topic::kCalls.size())}, options),
      recentCalls_(recentRows) {
  connect(&stream_, &EventStream::connected, this, &CallsFeed::fetchServices);
  connect(&stream_, &EventStream::frameReceived, this, &CallsFeed::onFrame);
}

void CallsFeed::fetchServices() {
  // Names and order of the services may have changed while we were away: ask again on every connect.
  client_.getAs<protocol::ServiceList>(
      QString::fromUtf8(protocol::path_of(protocol::route::kServices)) + QStringLiteral("?lang=") + language_, this, [this](const TypedReply<protocol::ServiceList>& reply) {
        if (!reply.value) {
          qCWarning(lcCalls) << "services:" << reply.http.status << reply.http.error;
          return;
        }
        std::vector<protocol::ServiceInfo> shown;
        for (const auto& service : reply.value->services)
          if (filter_.acceptsService(service.id)) shown.push_back(service);
        serviceLoads_.setServices(shown);
        serviceLoads_.applyLoads(lastLoads_);  // a load frame may have overtaken the service list
      });
}

void CallsFeed::onFrame(const protocol::Frame& frame) {
  namespace kind = protocol::frame_kind;
  if (frame.topic != protocol::topic::kCalls) return;
  if (frame.kind == kind::kSnapshot) {
    const auto snapshot = frameData<protocol::CallsSnapshot>(frame);
    if (!snapshot) return;
    std::vector<protocol::CallNotice> shown;
    for (const auto& call : snapshot->recent_calls)
      if (filter_.accepts(call)) shown.push_back(call);
    recentCalls_.replaceAll(shown);
    applyLoads(snapshot->services);
    emit synchronized();
  } else if (frame.kind == kind::kCall) {
    const auto call = frameData<protocol::CallNotice>(frame);
    if (!call || !filter_.accepts(*call)) return;
    recentCalls_.prepend(*call);
    emit called(*call);
  } else if (frame.kind == kind::kLoad) {
    if (const auto loads = frameData<protocol::ServiceLoadList>(frame)) applyLoads(loads->services);
  }
}

void CallsFeed::applyLoads(const std::vector<protocol::ServiceLoad>& loads) {
  lastLoads_ = loads;
  serviceLoads_.applyLoads(loads);
}

}  // namespace civiq::qtclient
