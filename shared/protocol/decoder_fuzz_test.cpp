// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// A deterministic mutation fuzzer for the decoders: valid messages are mutated byte by byte
// (flips, deletions, insertions of JSON punctuation, truncation) and decoded. The decoders must
// never crash, throw or hang; under the asan preset this also catches memory errors.
#include <doctest/doctest.h>

#include <random>

#include "event_codec.hpp"
#include "json_codec.hpp"
#include "messages.hpp"

namespace civiq::protocol {
namespace {

constexpr int kMutationsPerSeed = 3000;
constexpr std::string_view kInteresting = "{}[]\":,0-9e.tfn\\ \xc3\xff";

std::string mutate(std::string text, std::mt19937& rng) {
  const int edits = std::uniform_int_distribution<int>(1, 4)(rng);
  for (int i = 0; i < edits && !text.empty(); ++i) {
    const auto at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
    const char byte = kInteresting[std::uniform_int_distribution<std::size_t>(0, kInteresting.size() - 1)(rng)];
    switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
      case 0: text[at] = byte; break;
      case 1: text.erase(at, 1); break;
      case 2: text.insert(at, 1, byte); break;
      default: text.resize(at); break;
    }
  }
  return text;
}

template <class T>
int fuzz(const std::string& seed, std::mt19937& rng) {
  int accepted = 0;
  for (int i = 0; i < kMutationsPerSeed; ++i) {
    const auto decoded = from_json<T>(mutate(seed, rng));
    CHECK((decoded.value.has_value() || !decoded.error.empty()));
    accepted += decoded.value.has_value();
  }
  return accepted;
}

}  // namespace

TEST_CASE("decoders survive mutated input") {
  std::mt19937 rng(20261122);  // fixed: a failure reproduces
  fuzz<IssueTicketRequest>(R"({"service_id": 1, "language": "de", "priority": true, "additional_service_ids": [2, 3]})", rng);
  fuzz<AppointmentImport>(
      R"({"appointments": [{"code": "LB-1", "time": "2026-11-23T09:30:00+01:00", "service_ids": [1], "name": "Erika"}]})",
      rng);
  fuzz<TransferRequest>(R"({"service_id": 2, "counter_id": 5})", rng);
  fuzz<LoginRequest>(R"({"user": "anna", "password": "p\u00e4ss"})", rng);
  fuzz<PostponeRequest>(R"({"places": 3})", rng);
  fuzz<NoBody>("{}", rng);
}

TEST_CASE("the stored-event decoder survives mutated payloads") {
  std::mt19937 rng(7);
  const std::string payload =
      R"({"ticket":7,"token":"tok","number":{"prefix":"A","value":42},"services":[1,2],"priority":false,)"
      R"("language":"de","appointment_code":null,"appointment_time":"2026-11-23T09:30:00Z"})";
  const domain::TimePoint at{std::chrono::seconds{1'795'000'000}};
  for (int i = 0; i < kMutationsPerSeed; ++i) {
    const auto decoded = decode_event("ticket_issued", "device:kiosk", mutate(payload, rng), at);
    CHECK((decoded.event.has_value() || !decoded.error.empty()));
  }
}

}  // namespace civiq::protocol
