// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The one way an issued ticket becomes paper, shared by the touch flow and `print-test`: the
// ticket's facts → wording (composeReceipt) → QR code → layout → PDF at the printer's resolution,
// plus the job's name. Thread rule: GUI thread (fonts), pure apart from the rendering.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include "cups_connection.hpp"
#include "print_error.hpp"
#include "protocol/messages.hpp"
#include "receipt_layout.hpp"

namespace civiq::kiosk {

struct PreparedReceipt {
  ReceiptLayout layout;
  PrintDocument document;  // named "civiq A017 4711", paper width × the layout's length
};

// `services`: names in the ticket's language, the main service first.
// What the issue reply says about the wait, for the paper and the confirmation screen.
[[nodiscard]] WaitFacts waitFactsOf(const protocol::IssuedTicket& ticket);
[[nodiscard]] ReceiptFacts receiptFactsFor(const protocol::IssuedTicket& ticket, const QString& office,
                                           const QStringList& services, const QString& language,
                                           domain::TimePoint issuedAt, bool appointment = false);

// LayoutFailed when the receipt does not fit the paper (the URL's QR code is too large).
[[nodiscard]] PrintOutcome<PreparedReceipt> prepareReceipt(const ReceiptFacts& facts, domain::TicketId ticket,
                                                           const PaperSpec& paper, const ReceiptStyle& style = {});

}  // namespace civiq::kiosk
