// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_waiters.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace civiq::central {
namespace {

using namespace std::chrono;

const SyncWaiters::Clock::time_point kNow{seconds{1000}};

// A parked pull that writes what happened to it into `log`.
SyncWaiters::Waiter pull(std::vector<std::string>& log, const std::string& name, seconds wait = seconds{25}) {
  return {kNow + wait, [&log, name] { log.push_back(name + " woken"); },
          [&log, name] { log.push_back(name + " timed out"); }};
}

TEST_CASE("a change of the office wakes its parked pulls once, and no other office's") {
  SyncWaiters waiters;
  std::vector<std::string> log;
  REQUIRE(waiters.park("loebau", waiters.generation("loebau"), pull(log, "a")));
  REQUIRE(waiters.park("zittau", waiters.generation("zittau"), pull(log, "b")));
  waiters.changed("loebau");
  CHECK(log == std::vector<std::string>{"a woken"});
  waiters.changed("loebau");  // woken pulls are gone
  CHECK(log.size() == 1);
  CHECK(waiters.parked() == 1);
}

TEST_CASE("a change between a pull's query and its parking is not lost: park refuses, the pull asks again") {
  SyncWaiters waiters;
  std::vector<std::string> log;
  const auto seen = waiters.generation("loebau");  // read before the query
  waiters.changed("loebau");                       // a booking commits after the query's snapshot
  CHECK_FALSE(waiters.park("loebau", seen, pull(log, "a")));
  CHECK(waiters.parked() == 0);
  CHECK(log.empty());  // the caller queries again itself
  CHECK(waiters.park("loebau", waiters.generation("loebau"), pull(log, "a")));
}

TEST_CASE("when changes may have been missed, every pull is woken and every generation moves, also of unseen offices") {
  SyncWaiters waiters;
  std::vector<std::string> log;
  const auto unseen = waiters.generation("niesky");
  REQUIRE(waiters.park("loebau", waiters.generation("loebau"), pull(log, "a")));
  waiters.changed_everywhere();
  CHECK(log == std::vector<std::string>{"a woken"});
  CHECK_FALSE(waiters.park("niesky", unseen, pull(log, "b")));
}

TEST_CASE("pulls past their deadline time out; the others stay") {
  SyncWaiters waiters;
  std::vector<std::string> log;
  REQUIRE(waiters.park("loebau", 0, pull(log, "short", seconds{5})));
  REQUIRE(waiters.park("loebau", 0, pull(log, "long", seconds{25})));
  waiters.expire(kNow + seconds{5});
  CHECK(log == std::vector<std::string>{"short timed out"});
  CHECK(waiters.parked() == 1);
  waiters.expire(kNow + seconds{26});
  CHECK(log.back() == "long timed out");
  CHECK(waiters.parked() == 0);
}

TEST_CASE("an office keeps a bounded number of parked pulls: the oldest is answered when one more comes") {
  SyncWaiters waiters(2);
  std::vector<std::string> log;
  REQUIRE(waiters.park("loebau", 0, pull(log, "first")));
  REQUIRE(waiters.park("loebau", 0, pull(log, "second")));
  REQUIRE(waiters.park("loebau", 0, pull(log, "third")));
  CHECK(log == std::vector<std::string>{"first timed out"});
  CHECK(waiters.parked() == 2);
}

TEST_CASE("a stopping server times out every parked pull at once") {
  SyncWaiters waiters;
  std::vector<std::string> log;
  REQUIRE(waiters.park("loebau", 0, pull(log, "a")));
  REQUIRE(waiters.park("zittau", 0, pull(log, "b")));
  waiters.time_out_all();
  CHECK(log == std::vector<std::string>{"a timed out", "b timed out"});
  CHECK(waiters.parked() == 0);
}

}  // namespace
}  // namespace civiq::central
