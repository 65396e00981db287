// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net. The state behind one request's reply callback (shared by its copies).

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

#include "net/detail/lifetime_gate.hpp"
#include "net/http_types.hpp"

namespace civiq::net::detail {

// Whatever can take a reply to request number `seq` (the HTTP session). The reply to a WebSocket
// upgrade may be empty: accept. Thread rule: post_reply() is called from any thread and must only
// post to the session's strand.
class ReplySink {
 public:
  virtual void post_reply(std::uint64_t seq, std::optional<HttpResponse> response) = 0;

 protected:
  ReplySink() = default;
  ReplySink(const ReplySink&) = default;
  ReplySink& operator=(const ReplySink&) = default;
  ~ReplySink() = default;
};

// Invariant: at most one response reaches the sink; if the app drops every copy of the callback
// without calling it, the client gets a 500. Only a weak_ptr to the sink is held, so a callback
// the app keeps never pins a socket. Thread rule: fulfil() and the destructor may run on any
// thread, also after the server is gone (the gate then makes them no-ops).
class ReplySlot {
 public:
  ReplySlot(std::weak_ptr<ReplySink> sink, std::shared_ptr<LifetimeGate> gate, std::uint64_t seq);
  ReplySlot(const ReplySlot&) = delete;
  ReplySlot& operator=(const ReplySlot&) = delete;
  ~ReplySlot();

  void fulfil(std::optional<HttpResponse> response) noexcept;

 private:
  std::weak_ptr<ReplySink> sink_;
  std::shared_ptr<LifetimeGate> gate_;
  std::uint64_t seq_;
  std::atomic<bool> done_{false};
};

}  // namespace civiq::net::detail
