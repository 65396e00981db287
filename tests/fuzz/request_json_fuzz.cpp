// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Edge: every JSON request body a server decodes (server/http/*_routes.cpp, through parse_body in
// responses.hpp). The first byte picks the message (byte % 8, so the seeds start with '0'..'7'), the
// rest is the body, decoded strictly with protocol::from_json as parse_body does (an empty body is
// {}). A body that decodes must survive the round trip: encoded again and decoded again it gives the
// same JSON, or the server would accept what it cannot write back (or store).
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "protocol/json_codec.hpp"
#include "protocol/messages.hpp"

namespace {

using namespace civiq::protocol;

template <class T>
void decode(std::string_view body) {
  if (body.empty()) body = "{}";  // parse_body: an empty body counts as {}
  const auto decoded = from_json<T>(body);
  if (!decoded) {
    CIVIQ_FUZZ_CHECK(!decoded.error.empty());
    return;
  }
  const std::string encoded = to_json(*decoded.value);
  const auto again = from_json<T>(encoded);
  CIVIQ_FUZZ_CHECK(again.value.has_value());
  CIVIQ_FUZZ_CHECK(to_json(*again.value) == encoded);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view body = civiq::fuzz::as_text(data + 1, size - 1);
  switch (data[0] % 8) {
    case 0: decode<IssueTicketRequest>(body); break;  // POST /api/v1/tickets
    case 1: decode<CheckInRequest>(body); break;      // POST /api/v1/appointments/{code}/check-in
    case 2: decode<NoBody>(body); break;              // cancel, counter actions without a body
    case 3: decode<PostponeRequest>(body); break;     // POST /api/v1/tickets/{token}/postpone
    case 4: decode<LoginRequest>(body); break;        // POST /api/v1/auth/login
    case 5: decode<TransferRequest>(body); break;     // POST /api/v1/counters/{id}/transfer
    case 6: decode<TicketRef>(body); break;           // call a chosen ticket, reactivate
    default: decode<AppointmentImport>(body); break;  // POST /api/v1/appointments
  }
  return 0;
}
