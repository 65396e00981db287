// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_feed.hpp"

#include <QLoggingCategory>

namespace civiq::qtclient {

Q_LOGGING_CATEGORY(lcDevices, "civiq.devices")

DeviceFeed::DeviceFeed(BranchClient& client, EventStreamOptions options, QObject* parent)
    : QObject(parent),
      stream_(client,
              {QString::fromUtf8(protocol::topic::kDevices.data(), static_cast<qsizetype>(protocol::topic::kDevices.size()))},
              options) {
  // A new connection's snapshot is the server's state now, whatever its seq (see StaffFeed).
  connect(&stream_, &EventStream::connected, this, [this] { seq_ = 0; });
  connect(&stream_, &EventStream::frameReceived, this, [this](const protocol::Frame& frame) { applyFrame(frame); });
  connect(&stream_, &EventStream::refused, this, [](const QString& message) {
    qCInfo(lcDevices) << "no device list from this branch:" << message;
  });
}

bool DeviceFeed::applyFrame(const protocol::Frame& frame) {
  namespace kind = protocol::frame_kind;
  if (frame.topic != protocol::topic::kDevices) return false;
  if (frame.kind != kind::kSnapshot && frame.kind != kind::kUpdate) return false;
  if (frame.seq < seq_) return false;
  auto decoded = protocol::decode_data<protocol::DeviceHealthList>(frame);
  if (!decoded) {
    qCWarning(lcDevices) << "ignoring a devices frame:" << QString::fromStdString(decoded.error);
    return false;
  }
  seq_ = frame.seq;
  devices_.setRows(std::move(decoded.value->devices));
  return true;
}

}  // namespace civiq::qtclient
