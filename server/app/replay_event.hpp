// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A stored event as the domain event it records, for replay (today's queue at start) and for the
// statistics. Stored events must always replay, so one that cannot be read is an error, never skipped.
// Thread rule: a free function without state.
#include "domain/events.hpp"
#include "storage/ticket_event_store.hpp"

namespace civiq::app {

// Throws std::runtime_error naming the event's seq when it cannot be decoded.
[[nodiscard]] domain::Event replay_event(const storage::StoredEvent& stored);

}  // namespace civiq::app
