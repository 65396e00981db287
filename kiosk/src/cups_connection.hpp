// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// One connection to a CUPS scheduler (or an IPP printer), with the few blocking libcups calls the
// kiosk needs: read a queue's health, send a PDF as one job, read a job's state. Every call can
// block for up to the connection timeout: use it only on a worker thread (CupsPrinter does).
// The server: "" = what libcups would use (CUPS_SERVER, client.conf, else the local scheduler),
// "/path/cups.sock" = a scheduler's Unix socket, "host" or "host:port" = over TCP. A queue is a
// CUPS queue name, or the ipp:// URI of a printer itself (health only: ippeveprinter, a printer's
// own IPP server). Invariant: the http connection, once open, belongs to this object.
// Thread rule: one thread at a time (libcups keeps its last error per thread).
#include <QByteArray>
#include <QString>
#include <chrono>
#include <optional>

#include "print_error.hpp"
#include "printer_health.hpp"

struct _http_s;  // http_t of <cups/http.h>, kept out of the kiosk's headers

namespace civiq::kiosk {

// IPP job-state (RFC 8011 §5.3.7), plus Unknown for anything else.
enum class JobState { Unknown, Pending, Held, Processing, Stopped, Canceled, Aborted, Completed };
[[nodiscard]] bool isFinal(JobState state);  // canceled, aborted or completed
[[nodiscard]] QString jobStateName(JobState state);

// One receipt as CUPS gets it: a one-page PDF and the media it is cut from (the roll's width × the
// receipt's length), so the driver neither fits it onto a default A4 page nor cuts it elsewhere.
struct PrintDocument {
  QString name;  // the job's name: "civiq A017 4711"
  QByteArray pdf;
  double widthMm = 0;
  double lengthMm = 0;
};

struct JobStatus {
  JobState state = JobState::Unknown;
  QStringList reasons;  // job-state-reasons
  // The job cannot go on by itself: processing-stopped, or pending on a stopped printer.
  [[nodiscard]] bool stuck() const;
};

class CupsConnection {
 public:
  explicit CupsConnection(QString server = {}, std::chrono::milliseconds timeout = std::chrono::seconds{10});
  ~CupsConnection();
  CupsConnection(const CupsConnection&) = delete;
  CupsConnection& operator=(const CupsConnection&) = delete;

  [[nodiscard]] PrintOutcome<PrinterHealth> health(const QString& queue);
  // Checks the queue first (missing, paused or disabled, rejecting: refused before a job exists),
  // then creates the job (named document.name, media Custom.<width>x<length>mm) and sends the PDF
  // as its only document. The job id.
  [[nodiscard]] PrintOutcome<int> submitPdf(const QString& queue, const PrintDocument& document);
  [[nodiscard]] PrintOutcome<JobStatus> job(const QString& queue, int jobId);
  // The host or socket actually used, for messages.
  [[nodiscard]] QString describeServer() const;

 private:
  // Connects (again) to `host`/`port` when needed; nullptr with `error` set when unreachable.
  _http_s* connectTo(const QString& host, int port, PrintError& error);
  // The CUPS scheduler of server_ (or libcups' default).
  _http_s* connectToScheduler(PrintError& error);
  [[nodiscard]] PrintOutcome<PrinterHealth> healthAt(_http_s* http, const QString& printerUri, const QString& resource,
                                                     const QString& queue);
  void close();

  QString server_;
  std::chrono::milliseconds timeout_;
  _http_s* http_ = nullptr;
  QString connectedHost_;
  int connectedPort_ = 0;
};

}  // namespace civiq::kiosk
