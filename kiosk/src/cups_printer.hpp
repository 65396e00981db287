// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The kiosk's receipt printer: sends a ticket's PDF to its CUPS queue as one job named by the
// ticket, never twice for one ticket (PrintRegistry, also across restarts), watches the job to its
// end, reads the printer's health and counts the paper roll. libcups blocks, so every CUPS call
// runs on a worker thread of this object; results come back as signals on the owner's thread.
// Every print() ends in exactly one of: printFailed, or submitted followed by jobEnded (completed)
// or printFailed (aborted, canceled, stopped, timed out). Thread rule: create and call on the GUI
// thread; signals are delivered there.
#include <QByteArray>
#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

#include "cups_connection.hpp"
#include "domain/ids.hpp"
#include "paper_roll.hpp"
#include "print_error.hpp"
#include "print_registry.hpp"
#include "printer_health.hpp"

class QThread;
class QTimer;

namespace civiq::kiosk {

struct PrinterConfig {
  QString cupsServer;  // "" = CUPS_SERVER or the system's scheduler; "/run/cups/cups.sock"; "host:631"
  QString queue;       // the CUPS queue of the receipt printer
  QString stateDir;    // printed tickets and the paper count live here; "" = memory only
  std::chrono::milliseconds pollInterval{200};  // how often a running job's state is asked for
  std::chrono::seconds jobTimeout{60};          // a job not ended by then is reported JobTimedOut
  PaperRollConfig roll;
};

class CupsPrinter : public QObject {
  Q_OBJECT

 public:
  // Throws qtclient::StartupError when the state dir holds an unreadable registry.
  explicit CupsPrinter(PrinterConfig config, QObject* parent = nullptr);
  ~CupsPrinter() override;

  // Prints one ticket's receipt (its length also feeds the roll count). A ticket sent before fails
  // at once with AlreadyPrinted and nothing reaches CUPS.
  void print(domain::TicketId ticket, const PrintDocument& document);
  // Reads the queue's (or an ipp:// printer's) health; answers with healthRead or healthFailed.
  void readHealth();
  [[nodiscard]] const PrinterConfig& config() const { return config_; }
  [[nodiscard]] PaperRoll& paperRoll() { return roll_; }
  [[nodiscard]] const PrintRegistry& registry() const { return registry_; }

  // The job name of a ticket: "civiq A017 4711" (number and the server's ticket id).
  [[nodiscard]] static QString jobNameFor(const QString& number, domain::TicketId ticket);

 signals:
  void submitted(qint64 ticket, int job);
  void jobEnded(qint64 ticket, int job);  // completed: the receipt is out
  void printFailed(qint64 ticket, civiq::kiosk::PrintError error);
  void healthRead(civiq::kiosk::PrinterHealth health);
  void healthFailed(civiq::kiosk::PrintError error);
  void paperLow();  // the counted roll dropped below its threshold

 private:
  struct Watch;
  // Runs `work` on the worker thread.
  template <class Work>
  void onWorker(Work work);
  void watch(const std::shared_ptr<Watch>& job);                    // worker thread
  void finished(qint64 ticket, int job, double lengthMm);           // GUI thread
  void failed(qint64 ticket, PrintError error, bool releaseClaim);  // GUI thread

  PrinterConfig config_;
  PrintRegistry registry_;
  PaperRoll roll_;
  QThread* thread_ = nullptr;
  QObject* worker_ = nullptr;                   // lives on thread_; timers of watched jobs hang on it
  std::unique_ptr<CupsConnection> connection_;  // used on thread_ only
};

}  // namespace civiq::kiosk
