// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "idempotency.hpp"

#include "responses.hpp"

namespace civiq::http {
namespace {

constexpr std::size_t kMaxIdempotencyKey = 128;

}  // namespace

std::optional<std::optional<std::string>> idempotency_key(const Call& call, const Reply& reply) {
  const auto header = call.request.header("idempotency-key");
  if (!header) return std::optional<std::string>{};
  if (header->empty() || header->size() > kMaxIdempotencyKey) {
    reply(error_response(ErrorCode::InvalidRequest, "Idempotency-Key must be 1 to 128 characters"));
    return std::nullopt;
  }
  // Scoped by who sent it, kind and name ("device:kiosk-eingang:…", as in the event log's actor):
  // a user named like a device must not replay that device's tickets.
  const char* kind = call.principal.kind == auth::Principal::Kind::Staff ? "staff:" : "device:";
  return std::optional<std::string>(kind + call.principal.name + ":" + std::string(*header));
}

void mark_replayed(net::HttpResponse& response) { response.headers.emplace_back("Idempotent-Replayed", "true"); }

}  // namespace civiq::http
