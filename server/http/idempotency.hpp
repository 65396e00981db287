// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The Idempotency-Key request header: a client names one user action (one tap on the kiosk, one
// click on "call next") so that a retry after a lost reply returns what the first try did instead of
// doing it again. Keys are scoped to the caller, so two devices can never collide.
#include <optional>
#include <string>

#include "router.hpp"

namespace civiq::http {

// The caller-scoped key: nullopt (and a 400 sent) when the header is malformed; an empty optional
// inside when the request carries none.
[[nodiscard]] std::optional<std::optional<std::string>> idempotency_key(const Call& call, const Reply& reply);

// Marks a response as the answer to a retry that changed nothing.
void mark_replayed(net::HttpResponse& response);

}  // namespace civiq::http
