// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/detail/reply_slot.hpp"

#include <exception>
#include <utility>

#include "net/detail/json_error.hpp"
#include "net/detail/net_log.hpp"

namespace civiq::net::detail {

ReplySlot::ReplySlot(std::weak_ptr<ReplySink> sink, std::shared_ptr<LifetimeGate> gate,
                     std::uint64_t seq)
    : sink_(std::move(sink)), gate_(std::move(gate)), seq_(seq) {}

ReplySlot::~ReplySlot() {
  if (done_.load()) {
    return;
  }
  log_net_error("http reply", "application dropped a request without replying; sending 500");
  try {
    fulfil(internal_error_response());
  } catch (...) {  // building the response may fail to allocate: nothing more we can do
  }
}

void ReplySlot::fulfil(std::optional<HttpResponse> response) noexcept {
  if (done_.exchange(true)) {
    log_net_error("http reply", "reply called more than once; ignored");
    return;
  }
  try {
    gate_->run_if_open([&] {
      // The last reference may die here: still inside the gate, so the io_context exists.
      if (const auto sink = sink_.lock()) {
        sink->post_reply(seq_, std::move(response));
      }
    });
  } catch (const std::exception& e) {
    log_net_error("http reply", e.what());
  } catch (...) {
    log_net_error("http reply", "unknown exception");
  }
}

}  // namespace civiq::net::detail
