// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "retention.hpp"

#include "appointment_repository.hpp"
#include "ticket_event_store.hpp"
#include "transaction.hpp"

namespace civiq::storage {

Forgotten forget_personal_data_before(Database& db, std::int64_t cutoff_unix) {
  Transaction transaction(db);
  const Forgotten forgotten{AppointmentRepository(db).forget_personal_data_before(cutoff_unix),
                            TicketEventStore(db).forget_personal_data_until(cutoff_unix)};
  transaction.commit();
  return forgotten;
}

}  // namespace civiq::storage
