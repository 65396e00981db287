// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_health.hpp"

#include <cmath>

namespace civiq::kiosk {
std::optional<std::int64_t> ticketsLeftOn(const PaperRoll& roll) {
  if (!roll.counted()) return std::nullopt;
  const double perTicket = roll.tickets() > 0 ? roll.usedMm() / roll.tickets() : kTypicalReceiptMm;
  return static_cast<std::int64_t>(std::floor(roll.remainingMm() / perTicket));
}

protocol::PrinterStatus printerStatusOf(const PrinterHealth& health, const PaperRoll& roll) {
  protocol::PrinterStatus status;
  status.state = PrinterHealth::stateName(health.state).toStdString();
  status.accepting_jobs = health.acceptingJobs;
  for (const auto& reason : health.rawReasons) status.reasons.push_back(reason.toStdString());
  status.paper_low = health.has(PrinterCondition::MediaLow) || roll.low();
  status.paper_left_tickets = ticketsLeftOn(roll);
  return status;
}

protocol::PrinterStatus printerStatusUnread(const PaperRoll* roll) {
  protocol::PrinterStatus status;
  status.state = "unknown";
  status.accepting_jobs = false;
  if (roll) {
    status.paper_low = roll->low();
    status.paper_left_tickets = ticketsLeftOn(*roll);
  }
  return status;
}

KioskHealth::KioskHealth(qtclient::BranchApi& api, std::chrono::seconds interval, QObject* parent)
    : QObject(parent), reporter_(api, QString::fromLatin1(protocol::kApiVersion), interval) {
  timer_.setInterval(interval);
  connect(&timer_, &QTimer::timeout, this, &KioskHealth::reportNow);
}

void KioskHealth::start() {
  timer_.start();
  reportNow();
}

void KioskHealth::watch(CupsPrinter* printer) {
  printer_ = printer;
  connect(printer, &CupsPrinter::healthRead, this, [this](const PrinterHealth& health) {
    reporter_.setPrinter(printerStatusOf(health, printer_->paperRoll()));
    reporter_.reportNow();
  });
  connect(printer, &CupsPrinter::healthFailed, this, [this](const PrintError& error) {
    reporter_.setPrinter(printerStatusUnread(&printer_->paperRoll()));
    reporter_.setLastError(error.text());
    reporter_.reportNow();
  });
  connect(printer, &CupsPrinter::printFailed, this, [this](qint64, const PrintError& error) {
    if (error.code == PrintErrorCode::AlreadyPrinted) return;  // a guard that worked, not a fault
    reporter_.setLastError(error.text());
    reportNow();
  });
  connect(printer, &CupsPrinter::jobEnded, this, [this](qint64, int) {
    const bool hadError = reporter_.current().last_error.has_value();
    reporter_.setLastError({});
    // The roll count changed: tell staff when it crossed into low, or when a problem is over.
    if (hadError || printer_->paperRoll().low()) reportNow();
  });
  if (timer_.isActive()) reportNow();
}

void KioskHealth::noPrinter(const QString& reason) {
  reporter_.setPrinter(printerStatusUnread(nullptr));
  reporter_.setLastError(reason);
}

void KioskHealth::reportNow() {
  if (printer_) return printer_->readHealth();
  reporter_.reportNow();
}

}  // namespace civiq::kiosk
