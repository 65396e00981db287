// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_status_reporter.hpp"

namespace civiq::qtclient {
namespace {

constexpr qsizetype kMaxErrorBytes = 300;  // the branch refuses longer ones (app::check_report)

}  // namespace

DeviceStatusReporter::DeviceStatusReporter(BranchApi& api, QString appVersion, std::chrono::seconds interval,
                                           QObject* parent)
    : QObject(parent), api_(api) {
  report_.app_version = appVersion.toStdString();
  report_.next_report_s = interval.count();
  timer_.setInterval(interval);
  connect(&timer_, &QTimer::timeout, this, &DeviceStatusReporter::reportNow);
}

void DeviceStatusReporter::start() {
  timer_.start();
  reportNow();
}

void DeviceStatusReporter::reportNow() {
  if (inFlight_) {
    again_ = true;
    return;
  }
  send();
}

void DeviceStatusReporter::setPrinter(std::optional<protocol::PrinterStatus> printer) {
  report_.printer = std::move(printer);
}

void DeviceStatusReporter::setLastError(const QString& error) {
  if (error.isEmpty()) {
    report_.last_error.reset();
    return;
  }
  // Cut on a character boundary: the branch counts bytes of UTF-8.
  QString cut = error;
  while (cut.toUtf8().size() > kMaxErrorBytes) cut.chop(1);
  report_.last_error = cut.toStdString();
}

void DeviceStatusReporter::send() {
  inFlight_ = true;
  again_ = false;
  api_.reportStatus(report_, this, [this](const TypedReply<protocol::NoBody>& reply) {
    inFlight_ = false;
    if (reply.http.ok()) {
      emit reported();
    } else {
      if (!reply.http.unreachable())
        qWarning("civiq: the branch refused this device's status report: %s", qPrintable(reply.http.error));
      emit reportFailed(reply.http.error);
    }
    if (again_) send();
  });
}

}  // namespace civiq::qtclient
