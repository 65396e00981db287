// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Domain events and their stored records (storage::StoredEvent), both ways: how the office stores an
// event, and how a stored one replays (today's queue at start, the statistics). Stored events must
// always replay, so one that cannot be read is an error, never skipped.
// Thread rule: free functions without state.
#include <optional>
#include <string>

#include "domain/events.hpp"
#include "storage/ticket_event_store.hpp"

namespace civiq::app {

// The record of `event` of `office_id`'s office day `office_day` (seq is left to the store); its
// personal data apart (protocol::encode_event).
[[nodiscard]] storage::StoredEvent event_record(const domain::Event& event, const std::string& office_id,
                                                const std::string& office_day,
                                                std::optional<std::string> idempotency_key = std::nullopt);

// Throws std::runtime_error naming the event's seq when it cannot be decoded.
[[nodiscard]] domain::Event replay_event(const storage::StoredEvent& stored);

}  // namespace civiq::app
