// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ticket_event_store.hpp"

#include <algorithm>
#include <limits>
#include <string>

namespace civiq::storage {
namespace {

// Column order read by read_event().
constexpr std::string_view kSelectEvents =
    "SELECT seq, office_id, office_day, ticket_id, type, actor, payload, occurred_at, idempotency_key, "
    "(SELECT data FROM ticket_event_personal AS p WHERE p.seq = ticket_events.seq) "
    "FROM ticket_events ";

std::string select_events(std::string_view rest) { return std::string{kSelectEvents} + std::string{rest}; }

StoredEvent read_event(const Statement& row) {
  return StoredEvent{
      .seq = row.int64(0),
      .office_id = row.text(1),
      .office_day = row.text(2),
      .ticket_id = row.optional_int64(3),
      .type = row.text(4),
      .actor = row.text(5),
      .payload = row.text(6),
      .occurred_at = row.int64(7),
      .idempotency_key = row.optional_text(8),
      .personal = row.optional_text(9),
  };
}

std::vector<StoredEvent> read_all(Statement& statement) {
  std::vector<StoredEvent> events;
  while (statement.step()) events.push_back(read_event(statement));
  return events;
}

}  // namespace

TicketEventStore::TicketEventStore(Database& db)
    : append_(db,
              "INSERT INTO ticket_events "
              "(office_id, office_day, ticket_id, type, actor, payload, occurred_at, idempotency_key) "
              "VALUES (:office_id, :office_day, :ticket_id, :type, :actor, :payload, :occurred_at, :key)"),
      append_personal_(db,
                       "INSERT INTO ticket_event_personal (seq, data, occurred_at) "
                       "VALUES (:seq, :data, :occurred_at)"),
      load_day_(db, select_events("WHERE office_id = :office_id AND office_day = :office_day ORDER BY seq")),
      load_days_(db, select_events("WHERE office_id = :office_id AND office_day BETWEEN :first_day AND :last_day "
                                   "ORDER BY seq")),
      find_by_key_(db, select_events("WHERE idempotency_key = :key")),
      max_seq_(db, "SELECT coalesce(max(seq), 0) FROM ticket_events"),
      max_ticket_id_(db,
                     "SELECT max(coalesce((SELECT max(ticket_id) FROM ticket_events), 0), "
                     "coalesce((SELECT max(id) FROM tickets), 0))"),
      recent_of_type_(db, select_events("WHERE office_id = :office_id AND type = :type ORDER BY seq DESC LIMIT :limit")),
      export_all_(db,
                  "SELECT seq, office_id, office_day, ticket_id, type, actor, payload, occurred_at, "
                  "idempotency_key, NULL FROM ticket_events ORDER BY seq"),
      after_(db,
             "SELECT seq, office_id, office_day, ticket_id, type, actor, payload, occurred_at, "
             "idempotency_key, NULL FROM ticket_events WHERE seq > :after ORDER BY seq LIMIT :limit"),
      count_after_(db, "SELECT count(*) FROM ticket_events WHERE seq > :after"),
      forget_personal_(db, "DELETE FROM ticket_event_personal WHERE occurred_at <= :cutoff") {}

std::int64_t TicketEventStore::append(const StoredEvent& event) {
  const Execution execution{append_};
  append_.bind(":office_id", event.office_id)
      .bind(":office_day", event.office_day)
      .bind(":ticket_id", event.ticket_id)
      .bind(":type", event.type)
      .bind(":actor", event.actor)
      .bind(":payload", event.payload)
      .bind(":occurred_at", event.occurred_at)
      .bind(":key", event.idempotency_key);
  append_.run();
  const std::int64_t seq = append_.last_insert_rowid();
  if (event.personal) {
    const Execution personal{append_personal_};
    append_personal_.bind(":seq", seq).bind(":data", *event.personal).bind(":occurred_at", event.occurred_at);
    append_personal_.run();
  }
  return seq;
}

std::vector<StoredEvent> TicketEventStore::load_day(std::string_view office_id, std::string_view office_day) {
  const Execution execution{load_day_};
  load_day_.bind(":office_id", office_id).bind(":office_day", office_day);
  return read_all(load_day_);
}

std::vector<StoredEvent> TicketEventStore::load_days(std::string_view office_id, std::string_view first_day,
                                                     std::string_view last_day) {
  const Execution execution{load_days_};
  load_days_.bind(":office_id", office_id).bind(":first_day", first_day).bind(":last_day", last_day);
  return read_all(load_days_);
}

std::optional<StoredEvent> TicketEventStore::find_by_idempotency_key(std::string_view key) {
  const Execution execution{find_by_key_};
  find_by_key_.bind(":key", key);
  if (!find_by_key_.step()) return std::nullopt;
  return read_event(find_by_key_);
}

std::vector<StoredEvent> TicketEventStore::after(std::int64_t after, std::size_t limit) {
  const Execution execution{after_};
  after_.bind(":after", after).bind(":limit", static_cast<std::int64_t>(limit));
  return read_all(after_);
}

std::int64_t TicketEventStore::count_after(std::int64_t after) {
  const Execution execution{count_after_};
  count_after_.bind(":after", after);
  return count_after_.step() ? count_after_.int64(0) : 0;
}

std::int64_t TicketEventStore::max_seq() {
  const Execution execution{max_seq_};
  if (!max_seq_.step()) return 0;
  return max_seq_.int64(0);
}

std::int64_t TicketEventStore::max_ticket_id() {
  const Execution execution{max_ticket_id_};
  if (!max_ticket_id_.step()) return 0;
  return max_ticket_id_.int64(0);
}

std::vector<StoredEvent> TicketEventStore::recent_of_type(std::string_view office_id, std::string_view type,
                                                          std::size_t limit) {
  const auto bounded = static_cast<std::int64_t>(
      std::min<std::size_t>(limit, static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())));
  const Execution execution{recent_of_type_};
  recent_of_type_.bind(":office_id", office_id).bind(":type", type).bind(":limit", bounded);
  return read_all(recent_of_type_);
}

void TicketEventStore::export_all(const std::function<void(const StoredEvent&)>& sink) {
  const Execution execution{export_all_};
  while (export_all_.step()) sink(read_event(export_all_));
}

std::size_t TicketEventStore::forget_personal_data_until(std::int64_t cutoff_unix) {
  const Execution execution{forget_personal_};
  forget_personal_.bind(":cutoff", cutoff_unix);
  forget_personal_.run();
  return static_cast<std::size_t>(forget_personal_.changes());
}

}  // namespace civiq::storage
