// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "catalog_references.hpp"

#include <set>

namespace civiq::domain {

std::vector<std::string> references_outside_catalog(const OfficeQueue& queue) {
  const Catalog& catalog = queue.catalog();
  std::set<std::string> problems;  // ordered and without repeats: one line per ticket and id
  const auto service = [&](const std::string& who, ServiceId id) {
    if (!catalog.find_service(id)) problems.insert(who + " needs service " + std::to_string(id.value));
  };
  const auto counter = [&](const std::string& who, CounterId id) {
    if (!catalog.find_counter(id)) problems.insert(who + " refers to counter " + std::to_string(id.value));
  };
  for (const auto& [id, ticket] : queue.tickets()) {
    const std::string who = "ticket " + queue.number_text(ticket.number);
    for (const ServiceId s : ticket.services) service(who, s);
    if (ticket.counter) counter(who, *ticket.counter);
    if (ticket.target_counter) counter(who, *ticket.target_counter);
  }
  for (const auto& [id, state] : queue.counters()) counter("today's counter state", id);
  for (const auto& call : queue.recent_calls()) counter("a recent call", call.counter);
  return {problems.begin(), problems.end()};
}

}  // namespace civiq::domain
