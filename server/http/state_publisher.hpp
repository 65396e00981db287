// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// StatePublisher: the state frames that follow a change of the office (service loads, queue,
// counters, the appointment list and every followed ticket), built and sent in slices on the office
// worker, so that no clerk waits for the citizens' phones (issue #11).
//
// Why slices: every call moves every waiting ticket up, so with hundreds of phones following their
// tickets one change costs hundreds of views. A round builds at most `views_per_slice` of them and
// then queues its next slice at the back of the worker's queue: a command that arrives meanwhile
// runs after at most one slice, not after the whole round.
// Why reply holds: on a small machine, the worker building views and the network threads writing
// them compete with the reply for the CPU. So a reply that leaves while frames are due carries a
// hold (hold_for_reply()); the network layer drops it once it has handed the reply to the socket,
// and a slice that finds holds waits for them. It waits only for the holds that exist when its turn
// comes, not for later ones, so a steady stream of requests cannot starve the followers.
// Superseding: a change during a round starts no second round. The round goes on from where it is,
// now at the newest state, and visits every topic once more after the latest change. Each view is
// built when it is sent, from the state as it is then, so a follower never gets a view older than
// one it already has (the frames' seq never go down), and the last frame it gets shows the newest
// state. A ticket view that is the same as the one sent last is not sent again.
// Invariant: when no round is due (!due()), no slice is queued or waiting; last_data_ holds only
// topics of the current round. Thread rule: office worker only; a hold may be dropped on any thread
// (it posts its release to the worker).
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "api_context.hpp"

namespace civiq::http {

class StatePublisher {
 public:
  // The longest a command waits for the phones: a tenth of a round of 300, whose last frame reaches
  // its phone about 7 ms after the call on the benchmark machine, network included (docs/
  // performance.md, "The clerk and the phones"); large enough that queueing a slice costs little.
  static constexpr std::size_t kViewsPerSlice = 32;

  explicit StatePublisher(ApiContext& context, std::size_t views_per_slice = kViewsPerSlice);
  ~StatePublisher();
  StatePublisher(const StatePublisher&) = delete;
  StatePublisher& operator=(const StatePublisher&) = delete;

  // The office changed: a round of state frames follows, behind the work already queued (so a burst
  // of commands costs one round), or the round under way goes on at the new state.
  void changed();
  // For a reply that leaves while state frames are due: keep it with the reply until the reply is
  // handed to the network, then drop it. Null when nothing is due.
  [[nodiscard]] std::shared_ptr<const void> hold_for_reply();
  // Whether a round is due or under way (frames may still come).
  [[nodiscard]] bool due() const { return dirty_ || left_ > 0; }

 private:
  struct Board;  // what a hold reaches when it is dropped: the worker and this publisher (weak)
  class Hold;

  void schedule();
  void on_turn();
  void released(std::uint64_t hold);
  void run_slice();
  void restart_round(domain::TimePoint now);
  void send_if_changed(const std::string& topic, domain::TimePoint now);

  ApiContext& ctx_;
  const std::size_t views_per_slice_;
  std::shared_ptr<Board> board_;
  bool dirty_ = false;      // changed since the round (re)started
  bool scheduled_ = false;  // a slice is queued on the worker
  bool deferred_ = false;   // a slice waits for the holds older than barrier_
  std::uint64_t barrier_ = 0;
  std::uint64_t next_hold_ = 0;
  std::set<std::uint64_t> holds_;                 // not yet dropped
  std::vector<std::string> round_;                // the compared topics (tickets, appointments), sorted
  std::size_t next_ = 0;                          // index into round_ of the next topic to visit
  std::size_t left_ = 0;                          // topics still to visit in this round
  std::map<std::string, std::string> last_data_;  // topic -> the view's JSON sent last
};

}  // namespace civiq::http
