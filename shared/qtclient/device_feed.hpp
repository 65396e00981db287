// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The staff topic `devices` (protocol v1.4): the health of every kiosk and display, kept in a
// DeviceHealthModel over its own events stream. Its own stream, not a fourth topic of StaffFeed: a
// branch older than v1.4 refuses the unknown topic, and that must cost the clerk the device list
// only, never the queue. Frames older (lower seq) than the last applied one are dropped; unknown
// kinds and fields are ignored. Needs a staff credential. Thread rule: GUI thread.
#include <QObject>
#include <cstdint>

#include "branch_client.hpp"
#include "device_health_model.hpp"
#include "event_stream.hpp"

namespace civiq::qtclient {

class DeviceFeed : public QObject {
  Q_OBJECT

 public:
  DeviceFeed(BranchClient& client, EventStreamOptions options = {}, QObject* parent = nullptr);

  void start() { stream_.start(); }
  void stop() { stream_.stop(); }
  [[nodiscard]] DeviceHealthModel* devices() { return &devices_; }
  [[nodiscard]] const DeviceHealthModel* devices() const { return &devices_; }
  [[nodiscard]] EventStream* stream() { return &stream_; }

  // Applies one frame (public for tests); false for other topics, unknown kinds, undecodable data
  // and stale frames.
  bool applyFrame(const protocol::Frame& frame);

 private:
  EventStream stream_;
  DeviceHealthModel devices_;
  std::int64_t seq_ = 0;  // of the last frame applied since the last (re)connect
};

}  // namespace civiq::qtclient
