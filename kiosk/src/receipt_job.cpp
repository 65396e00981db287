// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "receipt_job.hpp"

#include "cups_printer.hpp"
#include "qr/qr_code.hpp"
#include "receipt_renderer.hpp"

namespace civiq::kiosk {

WaitFacts waitFactsOf(const protocol::IssuedTicket& ticket) {
  const auto seconds = [](const std::optional<std::int64_t>& s) {
    return s ? std::optional(std::chrono::seconds{*s}) : std::nullopt;
  };
  return {seconds(ticket.estimated_wait_s), seconds(ticket.wait_low_s), seconds(ticket.wait_high_s),
          ticket.service_open.value_or(true)};
}

ReceiptFacts receiptFactsFor(const protocol::IssuedTicket& ticket, const QString& office, const QStringList& services,
                             const QString& language, domain::TimePoint issuedAt, bool appointment) {
  ReceiptFacts facts;
  facts.office = office.toStdString();
  facts.number = ticket.number;
  for (const QString& service : services) facts.services.push_back(service.toStdString());
  facts.issuedAt = receiptTime(issuedAt);
  facts.position = ticket.position;
  facts.wait = waitFactsOf(ticket);
  facts.url = ticket.url;
  facts.appointment = appointment;
  facts.language = language.toStdString();
  return facts;
}

PrintOutcome<PreparedReceipt> prepareReceipt(const ReceiptFacts& facts, domain::TicketId ticket, const PaperSpec& paper,
                                             const ReceiptStyle& style) {
  const auto qr = qr::QrCode::encode(facts.url, qr::QrErrorCorrection::Medium);
  if (!qr)
    return {std::nullopt, PrintError{PrintErrorCode::LayoutFailed,
                                     QStringLiteral("no QR code holds \"%1\"").arg(QString::fromStdString(facts.url))}};
  auto layout = layoutReceipt(composeReceipt(facts), *qr, paper, style);
  if (!layout)
    return {std::nullopt, PrintError{PrintErrorCode::LayoutFailed, QString::fromStdString(layout.error().detail)}};
  PreparedReceipt receipt;
  receipt.layout = std::move(layout).value();
  PrintDocument& document = receipt.document;
  document.name = CupsPrinter::jobNameFor(QString::fromStdString(facts.number), ticket);
  document.pdf = renderReceiptPdf(receipt.layout, document.name);
  document.widthMm = paper.widthMm;
  document.lengthMm = receipt.layout.lengthDots * kMmPerInch / paper.dpi;
  return {std::move(receipt), {}};
}

}  // namespace civiq::kiosk
