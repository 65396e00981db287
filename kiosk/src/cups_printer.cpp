// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "cups_printer.hpp"

#include <QDir>
#include <QThread>
#include <QTimer>

namespace civiq::kiosk {
namespace {

QString inStateDir(const QString& dir, const QString& name) {
  return dir.isEmpty() ? QString() : QDir(dir).filePath(name);
}

}  // namespace

struct CupsPrinter::Watch {
  qint64 ticket = 0;
  int job = 0;
  double lengthMm = 0;
  std::chrono::steady_clock::time_point deadline;
  QTimer* timer = nullptr;
};

CupsPrinter::CupsPrinter(PrinterConfig config, QObject* parent)
    : QObject(parent),
      config_(std::move(config)),
      registry_(inStateDir(config_.stateDir, QStringLiteral("printed-tickets"))),
      roll_(config_.roll, inStateDir(config_.stateDir, QStringLiteral("paper-roll"))),
      thread_(new QThread(this)),
      worker_(new QObject),
      connection_(std::make_unique<CupsConnection>(config_.cupsServer)) {
  qRegisterMetaType<PrintError>();
  qRegisterMetaType<PrinterHealth>();
  thread_->setObjectName(QStringLiteral("civiq-cups"));
  worker_->moveToThread(thread_);
  // The worker (and the timers of watched jobs, its children) goes with its thread.
  connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
  thread_->start();
}

CupsPrinter::~CupsPrinter() {
  // Waits for a libcups call in progress (each ends within the connection timeout); queued work
  // and pending polls are dropped: a kiosk that shuts down does not print any more.
  thread_->quit();
  thread_->wait();
}

template <class Work>
void CupsPrinter::onWorker(Work work) {
  QMetaObject::invokeMethod(worker_, std::move(work), Qt::QueuedConnection);
}

QString CupsPrinter::jobNameFor(const QString& number, domain::TicketId ticket) {
  return QStringLiteral("civiq %1 %2").arg(number).arg(ticket.value);
}

void CupsPrinter::print(domain::TicketId ticket, const PrintDocument& document) {
  const qint64 id = ticket.value;
  if (!registry_.claim(ticket)) {
    // Queued like every other answer, so callers see one order of signals.
    QMetaObject::invokeMethod(
        this,
        [this, id] {
          emit printFailed(id, PrintError{PrintErrorCode::AlreadyPrinted,
                                          QStringLiteral("ticket %1 was sent to the printer before").arg(id)});
        },
        Qt::QueuedConnection);
    return;
  }
  onWorker([this, id, document] {
    auto submitted = connection_->submitPdf(config_.queue, document);
    if (!submitted.ok()) {
      QMetaObject::invokeMethod(this, [this, id, error = submitted.error] { failed(id, error, true); });
      return;
    }
    const int job = *submitted.value;
    emit this->submitted(id, job);
    auto watched = std::make_shared<Watch>();
    watched->ticket = id;
    watched->job = job;
    watched->lengthMm = document.lengthMm;
    watched->deadline = std::chrono::steady_clock::now() + config_.jobTimeout;
    watched->timer = new QTimer(worker_);
    watched->timer->setInterval(config_.pollInterval);
    connect(watched->timer, &QTimer::timeout, worker_, [this, watched] { watch(watched); });
    watch(watched);  // a fast printer may be done already
  });
}

void CupsPrinter::watch(const std::shared_ptr<Watch>& job) {
  auto status = connection_->job(config_.queue, job->job);
  std::optional<PrintError> error;
  bool done = false;
  const bool late = std::chrono::steady_clock::now() >= job->deadline;
  if (!status.ok()) {
    // The job exists and may well print: a failed poll is asked again until the deadline.
    if (late)
      error = PrintError{PrintErrorCode::JobTimedOut, QStringLiteral("job %1: no state for %2 s: %3")
                                                          .arg(job->job)
                                                          .arg(config_.jobTimeout.count())
                                                          .arg(status.error.text())};
  } else if (status.value->state == JobState::Completed) {
    done = true;
  } else if (status.value->state == JobState::Aborted) {
    error = PrintError{
        PrintErrorCode::JobAborted,
        QStringLiteral("job %1 was aborted (%2)").arg(job->job).arg(status.value->reasons.join(QLatin1String(", ")))};
  } else if (status.value->state == JobState::Canceled) {
    error = PrintError{PrintErrorCode::JobCanceled, QStringLiteral("job %1 was canceled").arg(job->job)};
  } else if (status.value->stuck()) {
    error = PrintError{
        PrintErrorCode::JobStopped,
        QStringLiteral("job %1 stopped: %2").arg(job->job).arg(status.value->reasons.join(QLatin1String(", ")))};
  } else if (late) {
    error = PrintError{PrintErrorCode::JobTimedOut, QStringLiteral("job %1 still %2 after %3 s")
                                                        .arg(job->job)
                                                        .arg(jobStateName(status.value->state))
                                                        .arg(config_.jobTimeout.count())};
  }
  if (!done && !error) {
    if (!job->timer->isActive()) job->timer->start();
    return;
  }
  job->timer->stop();
  job->timer->deleteLater();
  const qint64 ticket = job->ticket;
  const int id = job->job;
  const double lengthMm = job->lengthMm;
  if (done) {
    QMetaObject::invokeMethod(this, [this, ticket, id, lengthMm] { finished(ticket, id, lengthMm); });
  } else {
    // The job existed, so the claim stays: whatever came out must not come out twice.
    QMetaObject::invokeMethod(this, [this, ticket, e = *error] { failed(ticket, e, false); });
  }
}

void CupsPrinter::finished(qint64 ticket, int job, double lengthMm) {
  const bool wasLow = roll_.low();
  roll_.addTicket(lengthMm);
  emit jobEnded(ticket, job);
  if (!wasLow && roll_.low()) emit paperLow();
}

void CupsPrinter::failed(qint64 ticket, PrintError error, bool releaseClaim) {
  if (releaseClaim) registry_.release(domain::TicketId{ticket});
  emit printFailed(ticket, std::move(error));
}

void CupsPrinter::readHealth() {
  onWorker([this] {
    auto health = connection_->health(config_.queue);
    if (health.ok())
      emit healthRead(*health.value);
    else
      emit healthFailed(health.error);
  });
}

}  // namespace civiq::kiosk
