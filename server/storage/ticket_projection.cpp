// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ticket_projection.hpp"

#include <string>

namespace civiq::storage {
namespace {

// Column order read by read_ticket().
constexpr std::string_view kSelectTickets =
    "SELECT id, office_id, office_day, number, token, status, service_id, state, last_seq FROM tickets ";

std::string select_tickets(std::string_view rest) { return std::string{kSelectTickets} + std::string{rest}; }

TicketRow read_ticket(const Statement& row) {
  return TicketRow{
      .id = row.int64(0),
      .office_id = row.text(1),
      .office_day = row.text(2),
      .number = row.text(3),
      .token = row.text(4),
      .status = row.text(5),
      .service_id = row.int32(6),
      .state_json = row.text(7),
      .last_seq = row.int64(8),
  };
}

}  // namespace

TicketProjection::TicketProjection(Database& db)
    : upsert_(db,
              "INSERT INTO tickets (id, office_id, office_day, number, token, status, service_id, state, last_seq) "
              "VALUES (:id, :office_id, :office_day, :number, :token, :status, :service_id, :state, :last_seq) "
              "ON CONFLICT (id) DO UPDATE SET office_id = excluded.office_id, office_day = excluded.office_day, "
              "number = excluded.number, token = excluded.token, status = excluded.status, "
              "service_id = excluded.service_id, state = excluded.state, last_seq = excluded.last_seq"),
      find_by_token_(db, select_tickets("WHERE token = :token")),
      list_day_(db, select_tickets("WHERE office_id = :office_id AND office_day = :office_day ORDER BY id")) {}

void TicketProjection::upsert(const TicketRow& row) {
  const Execution execution{upsert_};
  upsert_.bind(":id", row.id)
      .bind(":office_id", row.office_id)
      .bind(":office_day", row.office_day)
      .bind(":number", row.number)
      .bind(":token", row.token)
      .bind(":status", row.status)
      .bind(":service_id", row.service_id)
      .bind(":state", row.state_json)
      .bind(":last_seq", row.last_seq);
  upsert_.run();
}

std::optional<TicketRow> TicketProjection::find_by_token(std::string_view token) {
  const Execution execution{find_by_token_};
  find_by_token_.bind(":token", token);
  if (!find_by_token_.step()) return std::nullopt;
  return read_ticket(find_by_token_);
}

std::vector<TicketRow> TicketProjection::list_day(std::string_view office_id, std::string_view office_day) {
  const Execution execution{list_day_};
  list_day_.bind(":office_id", office_id).bind(":office_day", office_day);
  std::vector<TicketRow> rows;
  while (list_day_.step()) rows.push_back(read_ticket(list_day_));
  return rows;
}

}  // namespace civiq::storage
