// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "stream_credentials.hpp"

#include "app/log.hpp"

namespace civiq::http {

std::size_t end_streams_of_ended_credentials(ApiContext& ctx, domain::TimePoint now) {
  std::size_t ended = 0;
  for (const auto& [peer, credential] : ctx.hub.credentialed_peers()) {
    if (!peer->is_open()) continue;  // already closing: its on_close removes it from the hub
    if (ctx.authenticator.authenticate(credential, now).check == auth::TokenCheck::Valid) continue;
    peer->close();
    ++ended;
  }
  if (ended > 0) {
    ctx.metrics.record_streams_ended(ended);
    app::log("closed {} event stream(s): their sign-in or device token ended", ended);
  }
  return ended;
}

}  // namespace civiq::http
