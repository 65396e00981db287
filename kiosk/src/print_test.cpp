// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "print_test.hpp"

#include <algorithm>
#include <chrono>

#include "receipt_job.hpp"

namespace civiq::kiosk {
namespace {

QString replyError(const qtclient::HttpReply& reply) {
  if (reply.unreachable()) return QStringLiteral("the branch server cannot be reached: %1").arg(reply.error);
  return QStringLiteral("HTTP %1: %2").arg(reply.status).arg(reply.error);
}

}  // namespace

PrintTest::PrintTest(PrintTestSettings settings, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), client_(settings_.kiosk.device.server), api_(client_) {
  client_.setToken(settings_.kiosk.device.token);
}

PrintTest::~PrintTest() = default;

void PrintTest::start() {
  askKiosk();
}

void PrintTest::fail(Outcome outcome, const QString& error) {
  outcome_ = outcome;
  error_ = error;
  emit finished();
}

void PrintTest::askKiosk() {
  api_.kiosk(this, [this](const qtclient::TypedReply<protocol::KioskInfo>& reply) {
    if (!reply.value) return fail(Outcome::ServerFailed, QStringLiteral("kiosk settings: ") + replyError(reply.http));
    // The queue: --printer / [printer] queue, else the one the server names for this kiosk.
    QString queue = settings_.kiosk.printer.queue;
    if (queue.isEmpty() && reply.value->printer) queue = QString::fromStdString(*reply.value->printer);
    if (queue.isEmpty())
      return fail(Outcome::PrintFailed, QStringLiteral("no printer queue: pass --printer or set [printer] queue"));
    askServices(QString::fromStdString(reply.value->office), queue);
  });
}

void PrintTest::askServices(const QString& office, const QString& queue) {
  settings_.kiosk.printer.queue = queue;
  api_.services(
      settings_.kiosk.device.language, this, [this, office](const qtclient::TypedReply<protocol::ServiceList>& reply) {
        if (!reply.value) return fail(Outcome::ServerFailed, QStringLiteral("services: ") + replyError(reply.http));
        const auto& services = reply.value->services;
        const auto chosen = std::find_if(services.begin(), services.end(), [this](const auto& s) {
          return settings_.service ? s.id.value == *settings_.service : s.active;
        });
        if (chosen == services.end())
          return fail(Outcome::ServerFailed,
                      settings_.service ? QStringLiteral("no service %1 at this office").arg(*settings_.service)
                                        : QStringLiteral("this office has no active service"));
        issue(office, *chosen);
      });
}

void PrintTest::issue(const QString& office, const protocol::ServiceInfo& service) {
  // The printer first: a kiosk whose state dir is unusable must not issue a ticket it cannot track.
  try {
    printer_ = std::make_unique<CupsPrinter>(settings_.kiosk.printer);
  } catch (const std::exception& error) {
    return fail(Outcome::PrintFailed, QString::fromUtf8(error.what()));
  }
  protocol::IssueTicketRequest request;
  request.service_id = service.id;
  request.language = settings_.kiosk.device.language.toStdString();
  api_.issueTicket(request, qtclient::ActionKey::make(), this,
                   [this, office, service](const qtclient::TypedReply<protocol::IssuedTicket>& reply) {
                     if (!reply.value)
                       return fail(Outcome::ServerFailed,
                                   QStringLiteral("issuing a ticket: ") + replyError(reply.http));
                     print(*reply.value, office, service);
                   });
}

void PrintTest::print(const protocol::IssuedTicket& ticket, const QString& office,
                      const protocol::ServiceInfo& service) {
  number_ = QString::fromStdString(ticket.number);
  url_ = QString::fromStdString(ticket.url);
  emit progress(QStringLiteral("issued %1 (ticket %2) for %3")
                    .arg(number_)
                    .arg(ticket.id.value)
                    .arg(QString::fromStdString(service.name)));
  const auto facts =
      receiptFactsFor(ticket, office, {QString::fromStdString(service.name)}, settings_.kiosk.device.language,
                      std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
  auto receipt = prepareReceipt(facts, ticket.id, settings_.kiosk.paper);
  if (!receipt.ok()) {
    printError_ = receipt.error;
    return fail(Outcome::PrintFailed, receipt.error.text());
  }
  const qint64 id = ticket.id.value;
  connect(printer_.get(), &CupsPrinter::submitted, this, [this](qint64, int job) {
    emit progress(QStringLiteral("job %1 sent to %2").arg(job).arg(settings_.kiosk.printer.queue));
  });
  connect(printer_.get(), &CupsPrinter::jobEnded, this, [this, id](qint64 ticketId, int job) {
    if (ticketId != id) return;
    emit progress(QStringLiteral("job %1 completed").arg(job));
    outcome_ = Outcome::Printed;
    emit finished();
  });
  connect(printer_.get(), &CupsPrinter::printFailed, this, [this, id](qint64 ticketId, const PrintError& error) {
    if (ticketId != id) return;
    printError_ = error;
    fail(Outcome::PrintFailed, QStringLiteral("ticket %1 was issued but not printed: %2").arg(number_, error.text()));
  });
  printer_->print(ticket.id, receipt.value->document);
}

}  // namespace civiq::kiosk
