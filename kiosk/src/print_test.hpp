// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// `civiq-kiosk print-test`: what an installer runs to check a kiosk's printer end to end. Issues ONE
// real ticket through the branch API (the kiosk's device token), prints it with the functions the
// touch flow uses (prepareReceipt, CupsPrinter), waits for the job to end and reports the ticket's
// live URL. Never issues a second ticket: the issue call carries one ActionKey, so the kit's
// retries return the same ticket. Thread rule: GUI thread; start() once, then wait for finished().
#include <QObject>
#include <QString>
#include <memory>

#include "cups_printer.hpp"
#include "kiosk_settings.hpp"
#include "qtclient/branch_api.hpp"
#include "qtclient/branch_client.hpp"

namespace civiq::kiosk {

class PrintTest : public QObject {
  Q_OBJECT

 public:
  enum class Outcome { Running, Printed, ServerFailed, PrintFailed };

  explicit PrintTest(PrintTestSettings settings, QObject* parent = nullptr);
  ~PrintTest() override;

  void start();
  [[nodiscard]] Outcome outcome() const { return outcome_; }
  // 0 printed (the job completed), 1 otherwise.
  [[nodiscard]] int exitCode() const { return outcome_ == Outcome::Printed ? 0 : 1; }
  [[nodiscard]] const QString& url() const { return url_; }        // the issued ticket's live URL
  [[nodiscard]] const QString& number() const { return number_; }  // "A017"
  [[nodiscard]] const QString& error() const { return error_; }    // why it failed, for people
  [[nodiscard]] std::optional<PrintError> printError() const { return printError_; }

 signals:
  void progress(const QString& line);  // steps for the installer ("issued A017 …")
  void finished();

 private:
  void askKiosk();
  void askServices(const QString& office, const QString& queue);
  void issue(const QString& office, const protocol::ServiceInfo& service);
  void print(const protocol::IssuedTicket& ticket, const QString& office, const protocol::ServiceInfo& service);
  void fail(Outcome outcome, const QString& error);

  PrintTestSettings settings_;
  qtclient::BranchClient client_;
  qtclient::BranchApi api_;
  std::unique_ptr<CupsPrinter> printer_;
  Outcome outcome_ = Outcome::Running;
  QString url_;
  QString number_;
  QString error_;
  std::optional<PrintError> printError_;
};

}  // namespace civiq::kiosk
