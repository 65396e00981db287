// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "cups_connection.hpp"

#include <cups/cups.h>
#include <sys/socket.h>

#include <QUrl>
#include <algorithm>
#include <array>
#include <memory>

namespace civiq::kiosk {
namespace {

// IPP enum values (RFC 8011).
constexpr int kJobPending = 3;
constexpr int kJobHeld = 4;
constexpr int kJobProcessing = 5;
constexpr int kJobStopped = 6;
constexpr int kJobCanceled = 7;
constexpr int kJobAborted = 8;
constexpr int kJobCompleted = 9;
constexpr std::size_t kWriteChunk = std::size_t{64} * 1024;

struct FreeIpp {
  void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using Ipp = std::unique_ptr<ipp_t, FreeIpp>;

QString lastCupsError() {
  return QString::fromUtf8(cupsLastErrorString());
}

PrintError errorOf(PrintErrorCode code, const QString& detail) {
  return PrintError{code, detail};
}

QString queueUri(const QString& queue) {
  std::array<char, HTTP_MAX_URI> uri{};
  httpAssembleURIf(HTTP_URI_CODING_ALL, uri.data(), static_cast<int>(uri.size()), "ipp", nullptr, "localhost",
                   ippPort(), "/printers/%s", queue.toUtf8().constData());
  return QString::fromUtf8(uri.data());
}

bool isPrinterUri(const QString& queue) {
  return queue.startsWith(QLatin1String("ipp://")) || queue.startsWith(QLatin1String("ipps://"));
}

QStringList keywords(ipp_attribute_t* attribute) {
  QStringList out;
  for (int i = 0; attribute != nullptr && i < ippGetCount(attribute); ++i)
    out << QString::fromUtf8(ippGetString(attribute, i, nullptr));
  return out;
}

JobState jobStateOf(int value) {
  switch (value) {
    case kJobPending:
      return JobState::Pending;
    case kJobHeld:
      return JobState::Held;
    case kJobProcessing:
      return JobState::Processing;
    case kJobStopped:
      return JobState::Stopped;
    case kJobCanceled:
      return JobState::Canceled;
    case kJobAborted:
      return JobState::Aborted;
    case kJobCompleted:
      return JobState::Completed;
    default:
      return JobState::Unknown;
  }
}

}  // namespace

bool isFinal(JobState state) {
  return state == JobState::Canceled || state == JobState::Aborted || state == JobState::Completed;
}

QString jobStateName(JobState state) {
  switch (state) {
    case JobState::Pending:
      return QStringLiteral("pending");
    case JobState::Held:
      return QStringLiteral("held");
    case JobState::Processing:
      return QStringLiteral("processing");
    case JobState::Stopped:
      return QStringLiteral("stopped");
    case JobState::Canceled:
      return QStringLiteral("canceled");
    case JobState::Aborted:
      return QStringLiteral("aborted");
    case JobState::Completed:
      return QStringLiteral("completed");
    case JobState::Unknown:
      break;
  }
  return QStringLiteral("unknown");
}

bool JobStatus::stuck() const {
  return state == JobState::Stopped ||
         (state == JobState::Pending && reasons.contains(QStringLiteral("printer-stopped")));
}

CupsConnection::CupsConnection(QString server, std::chrono::milliseconds timeout)
    : server_(std::move(server)), timeout_(timeout) {}

CupsConnection::~CupsConnection() {
  close();
}

void CupsConnection::close() {
  if (http_ != nullptr) httpClose(http_);
  http_ = nullptr;
}

QString CupsConnection::describeServer() const {
  return server_.isEmpty() ? QString::fromUtf8(cupsServer()) : server_;
}

http_t* CupsConnection::connectTo(const QString& host, int port, PrintError& error) {
  if (http_ != nullptr && (host != connectedHost_ || port != connectedPort_)) close();
  if (http_ == nullptr) {
    http_ = httpConnect2(host.toUtf8().constData(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1,
                         static_cast<int>(timeout_.count()), nullptr);
    connectedHost_ = host;
    connectedPort_ = port;
  }  // an open connection is reused; cupsDoRequest() reconnects one the server closed
  if (http_ == nullptr)
    error = errorOf(PrintErrorCode::CupsUnreachable,
                    QStringLiteral("no CUPS at %1: %2")
                        .arg(port > 0 && !host.startsWith('/') ? host + ':' + QString::number(port) : host,
                             QString::fromUtf8(cupsLastErrorString())));
  return http_;
}

PrintOutcome<PrinterHealth> CupsConnection::health(const QString& queue) {
  PrintError error;
  if (isPrinterUri(queue)) {
    const QUrl url(queue);
    http_t* http = connectTo(url.host(), url.port(ippPort()), error);
    if (http == nullptr) return {std::nullopt, error};
    return healthAt(http, queue, url.path().isEmpty() ? QStringLiteral("/") : url.path(), queue);
  }
  http_t* http = connectToScheduler(error);
  if (http == nullptr) return {std::nullopt, error};
  return healthAt(http, queueUri(queue), QStringLiteral("/"), queue);
}

http_t* CupsConnection::connectToScheduler(PrintError& error) {
  // The server as configured, else what libcups resolves (CUPS_SERVER, client.conf, local socket).
  QString host = server_.isEmpty() ? QString::fromUtf8(cupsServer()) : server_;
  int port = ippPort();
  if (!host.startsWith('/')) {
    const int colon = static_cast<int>(host.lastIndexOf(':'));
    bool numeric = false;
    const int parsed = colon > 0 ? host.mid(colon + 1).toInt(&numeric) : 0;
    if (numeric) {
      port = parsed;
      host.truncate(colon);
    }
  }
  return connectTo(host, port, error);
}

PrintOutcome<PrinterHealth> CupsConnection::healthAt(http_t* http, const QString& printerUri, const QString& resource,
                                                     const QString& queue) {
  ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri.toUtf8().constData());
  static const char* const kWanted[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs"};
  ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, kWanted);
  const Ipp response(cupsDoRequest(http, request, resource.toUtf8().constData()));  // frees `request`
  const ipp_status_t status = cupsLastError();
  if (status == IPP_STATUS_ERROR_NOT_FOUND)
    return {std::nullopt, errorOf(PrintErrorCode::QueueMissing,
                                  QStringLiteral("no printer queue \"%1\" at %2").arg(queue, describeServer()))};
  if (!response || status > IPP_STATUS_OK_CONFLICTING) {
    close();  // a broken connection is not reused
    return {std::nullopt,
            errorOf(PrintErrorCode::CupsUnreachable,
                    QStringLiteral("asking %1 about \"%2\": %3").arg(describeServer(), queue, lastCupsError()))};
  }
  ipp_attribute_t* accepting = ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
  const int state = ippGetInteger(ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM), 0);
  // An IPP printer that omits printer-is-accepting-jobs is taken as accepting.
  return {healthFromIpp(state, accepting == nullptr || ippGetBoolean(accepting, 0) != 0,
                        keywords(ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_KEYWORD))),
          {}};
}

PrintOutcome<int> CupsConnection::submitPdf(const QString& queue, const PrintDocument& document) {
  if (isPrinterUri(queue))  // jobs go through a CUPS queue: it spools, converts and retries
    return {std::nullopt,
            errorOf(PrintErrorCode::QueueMissing,
                    QStringLiteral("\"%1\" is a printer, not a CUPS queue: add it with lpadmin").arg(queue))};
  auto health = this->health(queue);
  if (!health.ok()) return {std::nullopt, health.error};
  if (health.value->state == PrinterState::Stopped || health.value->has(PrinterCondition::Paused))
    return {std::nullopt,
            errorOf(PrintErrorCode::QueuePaused, QStringLiteral("the queue \"%1\" is paused or disabled (%2)")
                                                     .arg(queue, health.value->rawReasons.join(QLatin1String(", "))))};
  if (!health.value->acceptingJobs)
    return {std::nullopt,
            errorOf(PrintErrorCode::QueueRejecting, QStringLiteral("the queue \"%1\" rejects new jobs").arg(queue))};

  http_t* http = http_;  // health() connected to the scheduler
  const QByteArray name = queue.toUtf8();
  const QByteArray title = document.name.toUtf8();
  const QByteArray& pdf = document.pdf;
  // CUPS maps a custom media size to the PPD's custom page size (receipt drivers and cups-pdf have one).
  const QByteArray media =
      QStringLiteral("Custom.%1x%2mm").arg(document.widthMm, 0, 'f', 1).arg(document.lengthMm, 0, 'f', 1).toUtf8();
  cups_option_t* options = nullptr;
  const int optionCount = cupsAddOption("media", media.constData(), 0, &options);
  const int job = cupsCreateJob(http, name.constData(), title.constData(), optionCount, options);
  cupsFreeOptions(optionCount, options);
  if (job == 0) {
    const ipp_status_t status = cupsLastError();
    const PrintErrorCode code = status == IPP_STATUS_ERROR_NOT_FOUND            ? PrintErrorCode::QueueMissing
                                : status == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS ? PrintErrorCode::QueueRejecting
                                                                                : PrintErrorCode::SubmitFailed;
    return {std::nullopt, errorOf(code, QStringLiteral("creating the job on \"%1\": %2").arg(queue, lastCupsError()))};
  }
  bool sent =
      cupsStartDocument(http, name.constData(), job, title.constData(), CUPS_FORMAT_PDF, 1) == HTTP_STATUS_CONTINUE;
  for (qsizetype offset = 0; sent && offset < pdf.size(); offset += static_cast<qsizetype>(kWriteChunk)) {
    const auto length = std::min(kWriteChunk, static_cast<std::size_t>(pdf.size() - offset));
    sent = cupsWriteRequestData(http, pdf.constData() + offset, length) == HTTP_STATUS_CONTINUE;
  }
  const ipp_status_t finished = cupsFinishDocument(http, name.constData());
  if (!sent || finished > IPP_STATUS_OK_CONFLICTING) {
    const QString why = lastCupsError();
    (void)cupsCancelJob2(http, name.constData(), job, 0);  // a half-sent job must not print later
    return {std::nullopt, errorOf(PrintErrorCode::SubmitFailed,
                                  QStringLiteral("sending job %1 to \"%2\": %3").arg(job).arg(queue, why))};
  }
  return {job, {}};
}

PrintOutcome<JobStatus> CupsConnection::job(const QString& queue, int jobId) {
  PrintError error;
  if (connectToScheduler(error) == nullptr) return {std::nullopt, error};
  ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, queueUri(queue).toUtf8().constData());
  ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
  static const char* const kWanted[] = {"job-state", "job-state-reasons"};
  ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, kWanted);
  const Ipp response(cupsDoRequest(http_, request, "/"));
  if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING) {
    const QString why = lastCupsError();
    close();
    return {std::nullopt, errorOf(PrintErrorCode::CupsUnreachable,
                                  QStringLiteral("asking about job %1 on \"%2\": %3").arg(jobId).arg(queue, why))};
  }
  JobStatus status;
  status.state = jobStateOf(ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0));
  status.reasons = keywords(ippFindAttribute(response.get(), "job-state-reasons", IPP_TAG_KEYWORD));
  return {status, {}};
}

}  // namespace civiq::kiosk
