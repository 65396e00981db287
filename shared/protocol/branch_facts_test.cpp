// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_facts.hpp"

#include <doctest/doctest.h>

#include "protocol/json_codec.hpp"

namespace civiq::protocol {
namespace {

using namespace civiq::domain;

const TimePoint kAt{std::chrono::seconds{1'795'000'000}};
const Actor kClerk{Actor::Kind::Staff, "erika.mustermann"};
const std::string kInstance = "0123456789abcdef0123456789abcdef";

std::string fact_json(const EventBody& body) { return to_json(fact_of(kInstance, 42, "2026-12-08", Event{kAt, kClerk, body})); }

TEST_CASE("a fact carries what statistics need: when, ticket, counter, services, service time, outcome") {
  const auto issued = fact_of(kInstance, 7, "2026-12-08",
                              Event{kAt, kClerk,
                                    TicketIssued{TicketId{3}, "Qm9-secret-token", TicketNumber{"A", 3}, {ServiceId{1}},
                                                 true, "pl", std::string("LOE-3F9A0C2B"), kAt}});
  CHECK(issued.instance == kInstance);
  CHECK(issued.seq == 7);
  CHECK(issued.type == "ticket_issued");
  CHECK(issued.at == kAt);
  CHECK(issued.office_day == "2026-12-08");
  CHECK(issued.ticket == 3);
  CHECK(issued.service_ids == std::vector<ServiceId>{ServiceId{1}});
  CHECK(issued.appointment_code == "LOE-3F9A0C2B");
  CHECK(issued.priority);

  const auto finished = fact_of(
      kInstance, 8, "2026-12-08",
      Event{kAt, kClerk, ServiceFinished{TicketId{3}, CounterId{2}, ServiceId{1}, 540, ServiceOutcome::NotServed, false}});
  CHECK(finished.counter == 2);
  CHECK(finished.served_s == 540);
  CHECK(finished.outcome == "not_served");
  CHECK(fact_of(kInstance, 9, "2026-12-08", Event{kAt, kClerk, TicketNoShow{TicketId{4}, CounterId{1}, NoShowReason::RecallLimit}})
            .outcome == "recall_limit");
}

TEST_CASE("nothing personal leaves the office: no token, note, clerk's or device's name, break reason") {
  const std::string issued = fact_json(
      TicketIssued{TicketId{3}, "Qm9-secret-token", TicketNumber{"A", 3}, {ServiceId{1}}, false, "de", {}, {}});
  const std::string transferred = fact_json(TicketTransferred{TicketId{3}, ServiceId{2}, CounterId{4}, ServiceId{1},
                                                              std::int64_t{60}, std::string("Frau K. bringt Unterlagen")});
  const std::string opened = fact_json(CounterOpened{CounterId{4}, "erika.mustermann"});
  const std::string on_break = fact_json(CounterBreakStarted{CounterId{4}, "Arzttermin"});
  for (const auto& [json, secret] : {std::pair{issued, "Qm9-secret-token"}, {transferred, "Unterlagen"},
                                     {opened, "erika"}, {on_break, "Arzttermin"}, {issued, "erika"}}) {
    CAPTURE(json);
    CHECK(json.find(secret) == std::string::npos);
  }
  CHECK(transferred.find(R"("served_s":60)") != std::string::npos);  // what is no secret still comes
}

}  // namespace
}  // namespace civiq::protocol
