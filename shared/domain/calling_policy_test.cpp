// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "calling_policy.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <vector>

namespace civiq::domain {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

const TimePoint kNow{seconds{1'790'000'000}};
constexpr ServiceId kA{1};
constexpr ServiceId kB{2};
constexpr ServiceId kC{3};
constexpr CounterId kCounter1{1};
constexpr CounterId kCounter2{2};

// Counter 1 serves A at neutral weight and B at half weight; C is served elsewhere.
Counter counter_one() { return Counter{kCounter1, "Schalter 1", {{kA, 1.0}, {kB, 0.5}}}; }
// A counter that strongly prefers A, to show that aging still gets B called.
Counter counter_preferring_a() { return Counter{kCounter2, "Schalter 2", {{kA, 4.0}, {kB, 0.25}}}; }

CallCandidate walk_in(std::int64_t id, ServiceId service, seconds waited) {
  return CallCandidate{TicketId{id}, service, kNow - waited, false, std::nullopt, std::nullopt};
}
CallCandidate priority(std::int64_t id, ServiceId service, seconds waited) {
  auto candidate = walk_in(id, service, waited);
  candidate.priority = true;
  return candidate;
}
// An appointment ticket whose slot is `slot_in` from now (negative: the slot has passed).
CallCandidate appointment(std::int64_t id, ServiceId service, seconds waited, seconds slot_in) {
  auto candidate = walk_in(id, service, waited);
  candidate.appointment_time = kNow + slot_in;
  return candidate;
}
CallCandidate transferred(std::int64_t id, ServiceId service, seconds waited, CounterId to) {
  auto candidate = walk_in(id, service, waited);
  candidate.target_counter = to;
  return candidate;
}

struct Scenario {
  const char* name;
  Counter counter;
  std::vector<CallCandidate> candidates;
  std::optional<std::int64_t> expected;  // ticket id, or nobody
  CallingPolicyConfig config{};
};

}  // namespace

TEST_CASE("CallingPolicy::pick follows the tiers") {
  const std::vector<Scenario> scenarios{
      {"directed transfer beats every other tier",
       counter_one(),
       {priority(1, kA, minutes{20}), appointment(2, kA, minutes{1}, minutes{-5}),
        transferred(3, kA, minutes{1}, kCounter1), walk_in(4, kA, minutes{29})},
       3},
      {"two transfers: oldest first", counter_one(),
       {transferred(1, kA, minutes{2}, kCounter1), transferred(2, kB, minutes{8}, kCounter1)}, 2},
      {"ticket transferred to another counter is reserved for it", counter_one(),
       {transferred(1, kA, minutes{25}, kCounter2), walk_in(2, kA, minutes{1})}, 2},
      {"nothing but tickets reserved for another counter", counter_one(),
       {transferred(1, kA, minutes{25}, kCounter2)}, std::nullopt},
      {"due appointment before priority", counter_one(),
       {priority(1, kA, minutes{30}), appointment(2, kA, minutes{0}, minutes{4})}, 2},
      {"due appointments: earliest slot first, not longest wait", counter_one(),
       {appointment(1, kA, minutes{40}, minutes{2}), appointment(2, kA, minutes{1}, minutes{-10})}, 2},
      {"appointment exactly appointment_lead before its slot is due", counter_one(),
       {priority(1, kA, minutes{30}), appointment(2, kA, minutes{0}, minutes{5})}, 2},
      {"appointment not yet due loses to priority", counter_one(),
       {priority(1, kA, minutes{1}), appointment(2, kA, minutes{20}, minutes{6})}, 1},
      {"appointment not yet due queues as a walk-in: shorter wait loses", counter_one(),
       {walk_in(1, kA, minutes{5}), appointment(2, kA, minutes{1}, minutes{10})}, 1},
      {"appointment not yet due queues as a walk-in: longer wait wins", counter_one(),
       {walk_in(1, kA, minutes{5}), appointment(2, kA, minutes{10}, minutes{10})}, 2},
      {"a longer appointment_lead makes the appointment due", counter_one(),
       {priority(1, kA, minutes{1}), appointment(2, kA, minutes{0}, minutes{10})}, 2,
       CallingPolicyConfig{minutes{15}, minutes{30}}},
      {"priority before a long-waiting walk-in", counter_one(),
       {walk_in(1, kA, minutes{25}), priority(2, kA, minutes{1})}, 2},
      {"priorities: longest wait first", counter_one(),
       {priority(1, kA, minutes{3}), priority(2, kB, minutes{9})}, 2},
      {"weighted wait: A 10 min x 1.0 beats B 15 min x 0.5", counter_one(),
       {walk_in(1, kB, minutes{15}), walk_in(2, kA, minutes{10})}, 2},
      {"weighted wait: B 25 min x 0.5 beats A 10 min x 1.0", counter_one(),
       {walk_in(1, kB, minutes{25}), walk_in(2, kA, minutes{10})}, 1},
      {"aging: B at the threshold outranks a heavily weighted A", counter_preferring_a(),
       {walk_in(1, kA, minutes{29}), walk_in(2, kB, minutes{30})}, 2},
      {"aging: B just below the threshold is still delayed", counter_preferring_a(),
       {walk_in(1, kA, minutes{10}), walk_in(2, kB, seconds{1799})}, 1},
      {"aging: among aged tickets the oldest goes first", counter_preferring_a(),
       {walk_in(1, kA, minutes{31}), walk_in(2, kB, minutes{32})}, 2},
      {"aging: a lower threshold lifts B sooner", counter_preferring_a(),
       {walk_in(1, kA, minutes{10}), walk_in(2, kB, minutes{15})}, 2,
       CallingPolicyConfig{minutes{5}, minutes{15}}},
      {"aged walk-in still waits behind priority", counter_preferring_a(),
       {walk_in(1, kB, minutes{45}), priority(2, kA, minutes{1})}, 2},
      {"tie in weighted wait goes to the lower ticket id", counter_one(),
       {walk_in(7, kA, minutes{4}), walk_in(5, kA, minutes{4})}, 5},
      {"tie between services with equal score goes to the lower ticket id", counter_one(),
       {walk_in(9, kA, minutes{5}), walk_in(8, kB, minutes{10})}, 8},
      {"tie among due appointments with one slot", counter_one(),
       {appointment(4, kA, minutes{1}, minutes{0}), appointment(3, kA, minutes{1}, minutes{0})}, 3},
      {"counter does not serve the only service waiting", counter_one(), {walk_in(1, kC, minutes{50})}, std::nullopt},
      {"unserved service is skipped for a served one", counter_one(),
       {priority(1, kC, minutes{50}), walk_in(2, kB, minutes{1})}, 2},
      {"nobody waiting", counter_one(), {}, std::nullopt},
  };

  for (const auto& scenario : scenarios) {
    CAPTURE(scenario.name);
    const CallingPolicy policy{scenario.config};
    const auto picked = policy.pick(scenario.counter, scenario.candidates, kNow);
    REQUIRE(picked.has_value() == scenario.expected.has_value());
    if (picked) CHECK(scenario.candidates[*picked].ticket == TicketId{*scenario.expected});
  }
}

TEST_CASE("CallingPolicy::eligible: the service must be served, a target counter must match") {
  const CallingPolicy policy{CallingPolicyConfig{}};
  const Counter counter = counter_one();
  CHECK(policy.eligible(counter, walk_in(1, kA, minutes{1})));
  CHECK(policy.eligible(counter, walk_in(1, kB, minutes{1})));
  CHECK_FALSE(policy.eligible(counter, walk_in(1, kC, minutes{1})));
  CHECK(policy.eligible(counter, transferred(1, kA, minutes{1}, kCounter1)));
  CHECK_FALSE(policy.eligible(counter, transferred(1, kA, minutes{1}, kCounter2)));
}

TEST_CASE("CallingPolicy: the same candidates ranked at a later time") {
  // Estimation asks pick() at simulated future times; the tiers must follow that time.
  const CallingPolicy policy{CallingPolicyConfig{}};
  const std::vector<CallCandidate> candidates{priority(1, kA, minutes{0}),
                                              appointment(2, kA, minutes{0}, minutes{20})};
  CHECK(candidates[*policy.pick(counter_one(), candidates, kNow)].ticket == TicketId{1});
  CHECK(candidates[*policy.pick(counter_one(), candidates, kNow + minutes{15})].ticket == TicketId{2});
}

TEST_CASE("CallingPolicyConfig defaults") {
  const CallingPolicyConfig config;
  CHECK(config.appointment_lead == minutes{5});
  CHECK(config.aging_threshold == minutes{30});
  CHECK(CallingPolicy{config}.config().aging_threshold == minutes{30});
}

}  // namespace civiq::domain
