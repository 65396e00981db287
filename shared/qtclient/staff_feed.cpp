// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_feed.hpp"

#include <QLoggingCategory>
#include <algorithm>

namespace civiq::qtclient {

Q_LOGGING_CATEGORY(lcStaff, "civiq.staff")

namespace {

QString text(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The frame's data as Message, its list (`rows`) applied to the model; false (logged) when the data
// does not decode: a server of another version, not a reason to stop.
template <class Message, class Model, class Rows>
bool applyList(const protocol::Frame& frame, Model& model, Rows Message::*rows) {
  auto decoded = protocol::decode_data<Message>(frame);
  if (!decoded) {
    qCWarning(lcStaff) << "ignoring a" << text(frame.topic) << text(frame.kind) << "frame:" << text(decoded.error);
    return false;
  }
  model.setRows(std::move((*decoded.value).*rows));
  return true;
}

}  // namespace

StaffFeed::StaffFeed(BranchClient& client, EventStreamOptions options, QObject* parent)
    : QObject(parent),
      stream_(client,
              {text(protocol::topic::kQueue), text(protocol::topic::kCounters), text(protocol::topic::kAppointments)},
              options) {
  connect(&stream_, &EventStream::connected, this, &StaffFeed::onConnected);
  connect(&stream_, &EventStream::frameReceived, this, [this](const protocol::Frame& frame) { applyFrame(frame); });
}

std::optional<std::size_t> StaffFeed::topicIndex(std::string_view topic) {
  namespace name = protocol::topic;
  if (topic == name::kQueue) return 0;
  if (topic == name::kCounters) return 1;
  if (topic == name::kAppointments) return 2;
  return std::nullopt;
}

void StaffFeed::onConnected() {
  // The snapshots of a new connection are the server's state now, even with a lower seq than
  // before (a server restored from a backup or started on a new database): `seq` orders the frames
  // of one server, so the watermarks start again with every connection.
  topics_.fill({});
  synchronized_ = false;
}

std::int64_t StaffFeed::lastSeq(std::string_view topic) const {
  const auto index = topicIndex(topic);
  return index ? topics_[*index].seq : 0;
}

bool StaffFeed::decodeInto(std::size_t topic, const protocol::Frame& frame) {
  switch (topic) {
    case 0:
      return applyList(frame, queue_, &protocol::QueueView::tickets);
    case 1:
      return applyList(frame, counters_, &protocol::CounterList::counters);
    default:
      return applyList(frame, appointments_, &protocol::AppointmentList::appointments);
  }
}

bool StaffFeed::applyFrame(const protocol::Frame& frame) {
  namespace kind = protocol::frame_kind;
  const bool snapshot = frame.kind == kind::kSnapshot;
  if (!snapshot && frame.kind != kind::kUpdate) return false;  // a kind of a newer server
  const auto index = topicIndex(frame.topic);
  if (!index) return false;
  TopicState& state = topics_[*index];
  if (frame.seq < state.seq) {
    qCDebug(lcStaff) << "ignoring a stale" << text(frame.topic) << "frame: seq" << frame.seq << "<" << state.seq;
    return false;
  }
  if (!decodeInto(*index, frame)) return false;
  state.seq = frame.seq;
  state.snapshot = state.snapshot || snapshot;
  const bool all = std::all_of(topics_.begin(), topics_.end(), [](const TopicState& t) { return t.snapshot; });
  if (all && !synchronized_) {
    synchronized_ = true;
    emit synchronized();
  }
  return true;
}

std::optional<protocol::QueueEntry> StaffFeed::ticket(domain::TicketId id) const {
  if (auto waiting = queue_.ticket(id)) return waiting;
  for (const auto& counter : counters_.rows())
    if (counter.current && counter.current->id == id) return counter.current;
  return std::nullopt;
}

}  // namespace civiq::qtclient
