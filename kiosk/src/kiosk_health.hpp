// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What the kiosk tells its branch about itself (issue #13: staff see "Kiosk Eingang: Papier fast
// leer"): every interval it reads the printer's health from CUPS and reports it with the paper
// count and the latest print problem (the kit's DeviceStatusReporter). A failed print or a changed
// printer health is reported at once; a receipt that came out ends the last problem.
// printerStatusOf() is the pure translation. Thread rule: GUI thread.
#include <QObject>
#include <QTimer>
#include <chrono>

#include "cups_printer.hpp"
#include "qtclient/device_status_reporter.hpp"

namespace civiq::kiosk {

// A ticket's length before the roll has counted one (80 mm receipts run 110–140 mm).
inline constexpr double kTypicalReceiptMm = 125;

// The tickets still on the roll at the average length so far; nullopt when the roll is not counted.
[[nodiscard]] std::optional<std::int64_t> ticketsLeftOn(const PaperRoll& roll);
// The report's printer part: IPP state, reasons as the printer sent them, paper low from the
// printer or the counted roll, and the tickets left on the roll (absent when it is not counted).
[[nodiscard]] protocol::PrinterStatus printerStatusOf(const PrinterHealth& health, const PaperRoll& roll);
// When CUPS could not be asked: nothing is known and nothing would print.
[[nodiscard]] protocol::PrinterStatus printerStatusUnread(const PaperRoll* roll);

class KioskHealth : public QObject {
  Q_OBJECT

 public:
  KioskHealth(qtclient::BranchApi& api, std::chrono::seconds interval, QObject* parent = nullptr);

  void start();                           // reads and reports now, then every interval
  void watch(CupsPrinter* printer);       // the kiosk's printer, once it knows its queue
  void noPrinter(const QString& reason);  // no queue is configured or known
  // Reads the printer's health and reports it (without a printer: reports at once). Also for
  // whatever staff should see now (a new roll).
  void reportNow();
  [[nodiscard]] qtclient::DeviceStatusReporter& reporter() { return reporter_; }

 private:
  qtclient::DeviceStatusReporter reporter_;
  CupsPrinter* printer_ = nullptr;
  QTimer timer_;
};

}  // namespace civiq::kiosk
