// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// One outgoing HTTP(S) GET or POST, for a server that dials out (a branch pulling from central booking,
// issue #16): libcurl, with a deadline for the whole exchange and a limit on the body, so a peer
// that stalls, cuts its answer or answers too much costs a bounded time and memory and never hangs
// the caller. HTTPS verifies the peer against the system's certificates.
// Thread rule: reentrant; call init_http_fetch() once on the main thread before any thread fetches.
#include <atomic>
#include <chrono>
#include <string>

namespace civiq::net {

struct FetchResult {
  int status = 0;     // the HTTP status; 0 when no answer came
  std::string body;   // the whole body (when status != 0)
  std::string error;  // why no usable answer came: refused, timed out, cut, too large; empty when one came
};

void init_http_fetch();

// GET `url` with `Authorization: Bearer <bearer>` (none when empty) and `Accept: application/json`.
// When `cancelled` becomes true (from another thread), the exchange ends within about a second: a
// long poll need not be waited out when its caller stops.
[[nodiscard]] FetchResult http_get(const std::string& url, const std::string& bearer, std::chrono::milliseconds timeout,
                                   const std::atomic<bool>* cancelled = nullptr,
                                   std::size_t body_limit = 8 * 1024 * 1024);

// POST `json` (Content-Type: application/json) to `url`, otherwise as http_get.
[[nodiscard]] FetchResult http_post(const std::string& url, const std::string& bearer, const std::string& json,
                                    std::chrono::milliseconds timeout, const std::atomic<bool>* cancelled = nullptr,
                                    std::size_t body_limit = 8 * 1024 * 1024);

}  // namespace civiq::net
