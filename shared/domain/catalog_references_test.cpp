// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "catalog_references.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

namespace civiq::domain {
using namespace test;

TEST_CASE("a day's queue replayed with its own catalog refers to nothing outside it") {
  auto queue = make_queue();
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 0)));
  issue(queue, {kLicence}, monday(9, 1));
  run(queue, queue.call_next(kCounter2, kBen, monday(9, 2)));
  CHECK(references_outside_catalog(queue).empty());
}

TEST_CASE("the same day replayed with a catalog that dropped a service and a counter names what is missing") {
  auto live = make_queue();
  Events day;
  const auto record = [&](const Result<Events>& decided) {
    for (const auto& event : run(live, decided)) day.push_back(event);
  };
  const auto walk_in = [&](ServiceId service, TimePoint at) {
    return live.issue(IssueTicket{fresh_token(live), {service}, false, "de", nullptr}, kKiosk, at);
  };
  record(live.open_counter(kCounter2, kBen, monday(9, 0)));
  record(walk_in(kLicence, monday(9, 1)));
  record(live.call_next(kCounter2, kBen, monday(9, 2)));
  record(walk_in(kPass, monday(9, 3)));

  // The next configuration forgot Führerschein (service 3) and Schalter 2.
  auto smaller = std::make_shared<Catalog>(*fixture_catalog());
  std::erase_if(smaller->services, [](const Service& s) { return s.id == kLicence; });
  std::erase_if(smaller->counters, [](const Counter& c) { return c.id == kCounter2; });
  OfficeQueue replayed{smaller, {}, kMonday, TicketId{1}};
  for (const auto& event : day) replayed.apply(event);

  CHECK(references_outside_catalog(replayed) == std::vector<std::string>{
                                                    "a recent call refers to counter 2",
                                                    "ticket C001 needs service 3",
                                                    "ticket C001 refers to counter 2",
                                                    "today's counter state refers to counter 2",
                                                });
}

}  // namespace civiq::domain
