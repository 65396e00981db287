// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "candidate_index.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace civiq::domain {
namespace {

using std::chrono::seconds;

const TimePoint kStart{seconds{1'790'000'000}};

CallCandidate walk_in(std::int64_t id, int service, TimePoint rank_time) {
  return CallCandidate{TicketId{id}, ServiceId{service}, rank_time, false, std::nullopt, std::nullopt};
}

std::vector<Counter> counters() {
  return {
      Counter{CounterId{1}, "Schalter 1", {{ServiceId{1}, 1.0}, {ServiceId{2}, 0.5}}},
      Counter{CounterId{2}, "Schalter 2", {{ServiceId{2}, 1.0}}},
      Counter{CounterId{3}, "Schalter 3", {{ServiceId{1}, 4.0}, {ServiceId{3}, 0.25}, {ServiceId{2}, 1.5}}},
      Counter{CounterId{4}, "Schalter 4", {{ServiceId{3}, 1.0}}},
  };
}

// A random waiting room: walk-ins, priority tickets, appointments (due now, soon or much later),
// transfers to a counter (also to one that serves nothing else), equal rank times and tiebreaks.
std::vector<CallCandidate> random_queue(std::mt19937& random, int size) {
  std::uniform_int_distribution<int> service(1, 3), counter(1, 5), percent(0, 99), minutes_ago(0, 90),
      slot_in(-30, 120), tiebreak(0, 3);
  std::vector<CallCandidate> queue;
  for (int id = 1; id <= size; ++id) {
    CallCandidate candidate = walk_in(id, service(random), kStart - std::chrono::minutes(minutes_ago(random)));
    candidate.priority = percent(random) < 10;
    if (percent(random) < 20) candidate.appointment_time = kStart + std::chrono::minutes(slot_in(random));
    if (percent(random) < 8) candidate.target_counter = CounterId{counter(random)};
    if (percent(random) < 30) candidate.tiebreak = tiebreak(random) + 0.5;
    queue.push_back(candidate);
  }
  return queue;
}

}  // namespace

TEST_CASE("CandidateIndex takes exactly whom CallingPolicy::pick calls, on random queues") {
  const CallingPolicy policy({seconds{300}, seconds{1800}});
  const auto all_counters = counters();
  for (std::uint32_t seed = 1; seed <= 200; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    std::vector<CallCandidate> reference = random_queue(random, 1 + static_cast<int>(seed % 60));
    CandidateIndex index(policy, reference);
    std::uniform_int_distribution<std::size_t> which(0, all_counters.size() - 1);
    std::uniform_int_distribution<int> step_s(0, 400);
    TimePoint now = kStart;
    for (int call = 0; call < 80 && !reference.empty(); ++call) {
      CAPTURE(call);
      const Counter& counter = all_counters[which(random)];
      const auto expected = policy.pick(counter, reference, now);
      const auto taken = index.take(counter, now);
      REQUIRE(expected.has_value() == taken.has_value());
      if (expected) {
        CHECK(taken->ticket == reference[*expected].ticket);
        reference.erase(reference.begin() + static_cast<std::ptrdiff_t>(*expected));
      }
      now += seconds{step_s(random)};  // time only moves forward, sometimes not at all
    }
    std::vector<std::int64_t> left, expected_left;
    for (const auto& candidate : index.remaining()) left.push_back(candidate.ticket.value);
    for (const auto& candidate : reference) expected_left.push_back(candidate.ticket.value);
    std::sort(left.begin(), left.end());
    std::sort(expected_left.begin(), expected_left.end());
    CHECK(left == expected_left);
    CHECK(index.empty() == reference.empty());
  }
}

TEST_CASE("CandidateIndex: an appointment becomes due as time passes and then outranks walk-ins") {
  const CallingPolicy policy({seconds{300}, seconds{1800}});
  const Counter counter{CounterId{1}, "Schalter 1", {{ServiceId{1}, 1.0}}};
  const CallCandidate first = walk_in(1, 1, kStart - seconds{600});
  CallCandidate booked = walk_in(2, 1, kStart);
  booked.appointment_time = kStart + seconds{900};  // due from kStart + 600 s
  CandidateIndex early(policy, {first, booked});
  CHECK(early.take(counter, kStart)->ticket == TicketId{1});  // not due yet: the longer wait first
  CandidateIndex later(policy, {first, booked});
  CHECK(later.take(counter, kStart + seconds{600})->ticket == TicketId{2});
  CHECK(later.take(counter, kStart + seconds{600})->ticket == TicketId{1});
  CHECK_FALSE(later.take(counter, kStart + seconds{600}).has_value());
  CHECK(later.empty());
}

TEST_CASE("CandidateIndex: a counter that serves nothing waiting takes nobody and leaves them") {
  const CallingPolicy policy({seconds{300}, seconds{1800}});
  const Counter other{CounterId{9}, "Schalter 9", {{ServiceId{7}, 1.0}}};
  CandidateIndex index(policy, {walk_in(1, 1, kStart)});
  CHECK_FALSE(index.take(other, kStart).has_value());
  REQUIRE(index.remaining().size() == 1);
  CHECK(index.remaining().front().ticket == TicketId{1});
}

}  // namespace civiq::domain
