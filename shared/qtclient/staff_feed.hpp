// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The staff topics of a branch (`queue`, `counters`, `appointments`), ready for the counter client
// and the kiosk: three keyed list models kept in sync over one events stream. Each frame carries
// the whole list, so every snapshot and update is applied as a diff of the model. Frames carry the
// office's event sequence `seq`: a frame older than what a model already shows is dropped, so a
// stale frame never overwrites newer state. Tolerant like every client: unknown kinds, topics and
// fields are ignored. Needs a staff credential on the BranchClient (the server refuses these topics
// to devices and the public). Invariant: after synchronized() the models show the server's state of
// the last connection. Thread rule: GUI thread.
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "appointments_model.hpp"
#include "branch_client.hpp"
#include "counters_model.hpp"
#include "event_stream.hpp"
#include "queue_model.hpp"

namespace civiq::qtclient {

class StaffFeed : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(StaffFeed)
  QML_UNCREATABLE("made by the app with the clerk's BranchClient")
  Q_PROPERTY(civiq::qtclient::QueueModel* queue READ queue CONSTANT)
  Q_PROPERTY(civiq::qtclient::CountersModel* counters READ counters CONSTANT)
  Q_PROPERTY(civiq::qtclient::AppointmentsModel* appointments READ appointments CONSTANT)
  Q_PROPERTY(civiq::qtclient::EventStream* stream READ stream CONSTANT)

 public:
  StaffFeed(BranchClient& client, EventStreamOptions options = {}, QObject* parent = nullptr);

  void start() { stream_.start(); }
  void stop() { stream_.stop(); }

  [[nodiscard]] QueueModel* queue() { return &queue_; }
  [[nodiscard]] CountersModel* counters() { return &counters_; }
  [[nodiscard]] AppointmentsModel* appointments() { return &appointments_; }
  [[nodiscard]] EventStream* stream() { return &stream_; }
  [[nodiscard]] const QueueModel* queue() const { return &queue_; }
  [[nodiscard]] const CountersModel* counters() const { return &counters_; }
  [[nodiscard]] const AppointmentsModel* appointments() const { return &appointments_; }
  [[nodiscard]] const EventStream* stream() const { return &stream_; }

  // A ticket of today that is in the queue or at a counter (called, being served), else nothing.
  [[nodiscard]] std::optional<protocol::QueueEntry> ticket(domain::TicketId id) const;

  // Applies one frame of the stream (public so that tests can feed frames). Returns whether a model
  // took it: false for other topics, unknown kinds, undecodable data and frames older (lower seq)
  // than the last one applied to that topic.
  bool applyFrame(const protocol::Frame& frame);
  // The seq of the last frame applied to a topic since the last (re)connect; 0 before any.
  [[nodiscard]] std::int64_t lastSeq(std::string_view topic) const;

 signals:
  // The snapshots of all three topics after a (re)connect are applied: the models show the server.
  void synchronized();

 private:
  struct TopicState {
    std::int64_t seq = 0;   // of the last frame applied since the last (re)connect
    bool snapshot = false;  // its snapshot was applied since the last (re)connect
  };

  // The topics in the order of topics_: queue, counters, appointments.
  [[nodiscard]] static std::optional<std::size_t> topicIndex(std::string_view topic);
  void onConnected();
  [[nodiscard]] bool decodeInto(std::size_t topic, const protocol::Frame& frame);

  EventStream stream_;
  QueueModel queue_;
  CountersModel counters_;
  AppointmentsModel appointments_;
  std::array<TopicState, 3> topics_{};
  bool synchronized_ = false;
};

}  // namespace civiq::qtclient
